package org.daftar.ui.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.daftar.model.ExpressionText;
import org.daftar.model.FieldRef;
import org.daftar.model.LocalizedText;
import org.daftar.model.SourceRef;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.list.SortKey;
import org.daftar.model.report.ChartDef;
import org.daftar.model.report.ChartDef.ChartType;
import org.daftar.model.report.ComputedColumnDef;
import org.daftar.model.report.Condition;
import org.daftar.model.report.GroupDef;
import org.daftar.model.report.MeasureDef;
import org.daftar.model.report.MeasureDef.Aggregate;
import org.daftar.model.report.Operator;
import org.daftar.model.report.ParameterDef;
import org.daftar.model.report.ReportDef;

/**
 * A report being built: the choices of the builder (source, columns, filters, computed columns,
 * groups, measures, sort, limit, chart) kept in one place and turned into a {@link ReportDef} with
 * {@link #toReport}. Groups and measures are named from their fields ({@code order_date_month},
 * {@code sum_total}) so that sort, chart and pivot can name them.
 */
public final class ReportDraft {

    private final EntityDef source;
    private String id = "new_report";
    private LocalizedText label;
    private final List<String> columns = new ArrayList<>();
    private final List<Condition.Compare> filters = new ArrayList<>();
    private final List<ParameterDef> parameters = new ArrayList<>();
    private final List<ComputedColumnDef> computed = new ArrayList<>();
    private final List<GroupDef> groups = new ArrayList<>();
    private final List<MeasureDef> measures = new ArrayList<>();
    private final List<SortKey> sort = new ArrayList<>();
    private Integer limit;
    private ChartType chart = ChartType.BAR;

    public ReportDraft(EntityDef source) {
        this.source = source;
    }

    /** A draft holding everything {@code report} (over {@code source}) says, to change it. */
    public static ReportDraft of(ReportDef report, EntityDef source) {
        ReportDraft draft = new ReportDraft(source);
        draft.id = report.id();
        draft.label = report.label();
        report.columns().forEach(c -> draft.columns.add(c.path()));
        report.filters().stream().filter(Condition.Compare.class::isInstance).map(Condition.Compare.class::cast)
                .forEach(draft.filters::add);
        draft.parameters.addAll(report.parameters());
        draft.computed.addAll(report.computed());
        draft.groups.addAll(report.groupBy());
        draft.measures.addAll(report.measures());
        draft.sort.addAll(report.sort());
        draft.limit = report.limit();
        draft.chart = report.chart() == null ? ChartType.TABLE : report.chart().type();
        return draft;
    }

    public EntityDef source() {
        return source;
    }

    /** Names the report: {@code label} is what users see, the id is made from it. */
    public void name(String name) {
        label = LocalizedText.of(name);
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        id = slug.isEmpty() || !Character.isLetter(slug.charAt(0)) ? "report_" + slug : slug;
    }

    public void columns(List<String> paths) {
        columns.clear();
        columns.addAll(paths);
    }

    /** Adds {@code path op value}; returns the condition, to remove it again. */
    public Condition.Compare filter(String path, Operator op, Object value) {
        Condition.Compare condition = new Condition.Compare(FieldRef.of(path), op, value, SourceRef.NONE);
        filters.add(condition);
        return condition;
    }

    /**
     * Adds {@code path op ?}: a filter whose value is asked when the report runs, as a parameter of
     * {@code type} labelled {@code label}.
     */
    public Condition.Compare filterAsked(String path, Operator op, String type, String label) {
        String parameter = uniqueName(path.replace('.', '_'), parameters.stream().map(ParameterDef::id).toList());
        parameters.add(new ParameterDef(parameter, type, LocalizedText.of(label), null, SourceRef.NONE));
        return filter(path, op, new Condition.ParamRef(parameter));
    }

    public void removeFilter(Condition.Compare condition) {
        filters.remove(condition);
        if (condition.value() instanceof Condition.ParamRef ref) {
            parameters.removeIf(p -> p.id().equals(ref.id()));
        }
    }

    public List<Condition.Compare> filters() {
        return List.copyOf(filters);
    }

    /** Adds a column computed per row: {@code expression as name}. */
    public ComputedColumnDef compute(String name, String expression) {
        ComputedColumnDef column = new ComputedColumnDef(name, new ExpressionText(expression, SourceRef.NONE), null);
        computed.add(column);
        return column;
    }

    public void removeComputed(ComputedColumnDef column) {
        computed.remove(column);
    }

    public List<ComputedColumnDef> computed() {
        return List.copyOf(computed);
    }

    /** Groups by {@code path}, cut into {@code bucket}s when it is a date (else null); returns the group's name. */
    public String groupBy(String path, GroupDef.Bucket bucket) {
        String base = path.replace('.', '_') + (bucket == null ? "" : "_" + bucket.name().toLowerCase(Locale.ROOT));
        String as = uniqueName(base, names());
        groups.add(new GroupDef(FieldRef.of(path), bucket, as, null));
        return as;
    }

    /** Adds {@code aggregate(path)} ({@code path} null for count); returns the measure's name. */
    public String measure(Aggregate aggregate, String path) {
        String base = aggregate.token().replace('-', '_') + (path == null ? "" : "_" + path.replace('.', '_'));
        String as = uniqueName(base, names());
        measures.add(new MeasureDef(as, aggregate, path == null ? null : FieldRef.of(path), null));
        return as;
    }

    public void removeGroup(String as) {
        groups.removeIf(g -> g.as().equals(as));
        sort.removeIf(s -> s.field().path().equals(as));
    }

    public void removeMeasure(String as) {
        measures.removeIf(m -> m.as().equals(as));
        sort.removeIf(s -> s.field().path().equals(as));
    }

    public List<GroupDef> groups() {
        return List.copyOf(groups);
    }

    public List<MeasureDef> measures() {
        return List.copyOf(measures);
    }

    /** Sorts by one result column (a group, measure or column), or by nothing when {@code column} is null. */
    public void sortBy(String column, SortKey.Direction direction) {
        sort.clear();
        if (column != null) {
            sort.add(new SortKey(FieldRef.of(column), direction));
        }
    }

    public void limit(Integer rows) {
        limit = rows;
    }

    public void chart(ChartType type) {
        chart = type;
    }

    /** The names a result of this draft has: groups and measures when grouped, else the columns and computed columns. */
    public List<String> resultColumns() {
        if (!groups.isEmpty() || !measures.isEmpty()) {
            List<String> names = new ArrayList<>(groups.stream().map(GroupDef::as).toList());
            names.addAll(measures.stream().map(MeasureDef::as).toList());
            return names;
        }
        List<String> names = new ArrayList<>(columns);
        return names;
    }

    /** The report of {@code appId} this draft describes. */
    public ReportDef toReport() {
        boolean grouped = !groups.isEmpty() || !measures.isEmpty();
        return new ReportDef(source.appId(), id, label, null, source.id(), parameters, List.copyOf(filters), computed,
                grouped ? List.of() : columns.stream().map(FieldRef::of).toList(),
                groups, measures, List.of(), sort.isEmpty() && grouped ? groupOrder() : sort, limit, chart(grouped),
                SourceRef.NONE);
    }

    /** Groups in their order, when the user chose no sort: months come in time order. */
    private List<SortKey> groupOrder() {
        return groups.stream().map(g -> new SortKey(FieldRef.of(g.as()), SortKey.Direction.ASC)).toList();
    }

    private ChartDef chart(boolean grouped) {
        if (!grouped || chart == ChartType.TABLE || measures.isEmpty()) {
            return chart == ChartType.TABLE ? new ChartDef(ChartType.TABLE, null, List.of(), null, SourceRef.NONE) : null;
        }
        String y = measures.getFirst().as();
        if (chart == ChartType.NUMBER || groups.isEmpty()) {
            return new ChartDef(ChartType.NUMBER, null, List.of(y), null, SourceRef.NONE);
        }
        String series = groups.size() > 1 && chart != ChartType.PIE ? groups.get(1).as() : null;
        return new ChartDef(chart, groups.getFirst().as(), List.of(y), series, SourceRef.NONE);
    }

    private List<String> names() {
        List<String> names = new ArrayList<>(groups.stream().map(GroupDef::as).toList());
        names.addAll(measures.stream().map(MeasureDef::as).toList());
        names.addAll(computed.stream().map(ComputedColumnDef::as).toList());
        return names;
    }

    private static String uniqueName(String base, List<String> taken) {
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }
}
