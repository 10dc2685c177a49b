package org.daftar.ui.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daftar.model.Definitions;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.model.app.App;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.list.SortKey;
import org.daftar.model.report.ChartDef.ChartType;
import org.daftar.model.report.GroupDef;
import org.daftar.model.report.MeasureDef;
import org.daftar.model.report.MeasureDef.Aggregate;
import org.daftar.model.report.ReportDef;
import org.daftar.model.role.RoleDef;
import org.daftar.query.Result;
import org.daftar.query.model.Query;
import org.daftar.query.model.ReportQueries;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.shell.MainLayout;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.report.saved.ReportYaml;
import org.daftar.ui.report.saved.SavedReport;
import org.daftar.ui.report.saved.SavedReportStore;
import org.daftar.ui.report.saved.StaleReportException;

/**
 * Where managers build a report: a source entity, columns along references (offered by label),
 * filter chips, computed columns, groups with date buckets, measures, sort, limit and chart, with
 * a live preview of the first {@value #PREVIEW_ROWS} rows after every change and "Run" for all of
 * them; then save, name and share it with roles, or download it as a definition file. A SQL tab
 * runs SQL mode. Only admins and managers may build.
 */
@Route(value = "reports/new", layout = MainLayout.class)
@RouteAlias(value = "reports/:saved/edit", layout = MainLayout.class)
@PermitAll
public class ReportBuilderView extends VerticalLayout implements BeforeEnterObserver {

    /** The rows of the live preview. */
    public static final int PREVIEW_ROWS = 50;

    private final DataGateway gateway;
    /** The definitions in force when the builder was opened. */
    private final Definitions definitions;
    private final SavedReportStore savedReports;
    private final ComboBox<EntityDef> source = new ComboBox<>();
    private final VerticalLayout design = new VerticalLayout();
    private final SqlPanel sql;
    private final Paragraph message = new Paragraph();
    private final TextField name = new TextField();
    private final MultiSelectComboBox<String> sharedWith = new MultiSelectComboBox<>();
    private final Anchor file = new Anchor();
    private final Button open = new Button();
    private final Button delete = new Button();
    private final com.vaadin.flow.component.html.Div parameterBox = new com.vaadin.flow.component.html.Div();
    private ParameterForm parameterForm;
    private List<String> parameterIds = List.of();
    private ReportResults results;
    private ReportDraft draft;
    private SavedReport saved;
    private ReportFields fields;
    private Language language;

    public ReportBuilderView(DataGateway gateway, RuntimeHolder runtime, SavedReportStore savedReports) {
        this.gateway = gateway;
        this.definitions = runtime.current().definitions();
        this.savedReports = savedReports;
        this.sql = new SqlPanel(gateway);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        language = Language.of(getLocale());
        fields = new ReportFields(definitions, language);
        message.setId("builder-message");
        if (!gateway.roles().contains("admin") && !gateway.roles().contains("manager")) {
            message.setText(getTranslation("report.builder.notAllowed"));
            add(message);
            return;
        }
        Optional<String> savedId = event.getRouteParameters().get("saved");
        if (savedId.isPresent()) {
            saved = savedId.filter(id -> id.matches("\\d{1,18}"))
                    .flatMap(id -> savedReports.find(Long.parseLong(id), gateway.user(), gateway.roles()))
                    .filter(report -> report.editableBy(gateway.user(), gateway.roles()))
                    .orElse(null);
            if (saved == null) {
                message.setText(getTranslation("report.notFound"));
                add(message);
                return;
            }
        }
        layout();
        if (saved != null) {
            ReportDef report = saved.definition();
            EntityDef entity = definitions.entity(report.appId(), report.source()).orElseThrow();
            source.setValue(entity);
            source.setReadOnly(true);
            name.setValue(saved.name());
            sharedWith.setValue(saved.sharedRoles());
            start(ReportDraft.of(report, entity));
        }
    }

    private void layout() {
        H2 heading = new H2(getTranslation(saved == null ? "report.builder.new" : "report.builder.edit"));
        source.setLabel(getTranslation("report.builder.source"));
        source.setId("builder-source");
        source.setItems(readableEntities());
        source.setItemLabelGenerator(this::entityLabel);
        source.setWidth("24em");
        source.addValueChangeListener(e -> {
            if (e.isFromClient() || saved == null) {
                start(e.getValue() == null ? null : new ReportDraft(e.getValue()));
            }
        });
        results = new ReportResults(gateway, language.rightToLeft());
        results.setId("builder-results");
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("report.builder.design"), new VerticalLayout(design, results));
        tabs.add(getTranslation("report.builder.sql"), sql);
        design.setPadding(false);
        add(heading, source, tabs, message, saveBar());
    }

    private Component saveBar() {
        name.setLabel(getTranslation("report.builder.name"));
        name.setId("builder-name");
        name.setRequired(true);
        sharedWith.setLabel(getTranslation("report.builder.share"));
        sharedWith.setId("builder-share");
        sharedWith.setItems(roles());
        Button save = new Button(getTranslation("report.builder.save"), e -> save());
        save.setId("builder-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.setText(getTranslation("report.builder.file"));
        file.setId("builder-file");
        file.setHref(DownloadHandler.fromInputStream(event -> {
            ReportDef report = draft.toReport();
            byte[] yaml = ReportYaml.write(report).getBytes(StandardCharsets.UTF_8);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(yaml),
                    report.id() + ".yaml", "application/yaml", yaml.length);
        }));
        file.setEnabled(false);
        open.setText(getTranslation("report.builder.open"));
        open.setId("builder-open");
        open.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("apps/" + saved.app() + "/reports/" + saved.id())));
        delete.setText(getTranslation("report.builder.delete"));
        delete.setId("builder-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> delete());
        showSavedActions();
        HorizontalLayout bar = new HorizontalLayout(name, sharedWith, save, file, open, delete);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    /** Starts designing over a new draft: rebuilds the design panel for its source. */
    private void start(ReportDraft newDraft) {
        draft = newDraft;
        design.removeAll();
        file.setEnabled(draft != null);
        if (draft == null) {
            results.setVisible(false);
            return;
        }
        sql.startFrom(draft.source());
        List<FieldPath> paths = fields.of(draft.source());
        design.add(new H3(getTranslation("report.builder.columns")), columnsPicker(paths));
        design.add(new H3(getTranslation("report.builder.filters")), new FilterChips(draft, paths, this::preview));
        design.add(new H3(getTranslation("report.builder.computed")), computedEditor());
        design.add(new H3(getTranslation("report.builder.groups")), groupEditor(paths));
        design.add(new H3(getTranslation("report.builder.measures")), measureEditor(paths));
        design.add(new H3(getTranslation("report.builder.shape")), shapeEditor());
        Button run = new Button(getTranslation("report.run"), e -> run(false));
        run.setId("builder-run");
        parameterIds = null;
        design.add(parameterBox, run);
        preview();
    }

    private Component columnsPicker(List<FieldPath> paths) {
        MultiSelectComboBox<FieldPath> columns = new MultiSelectComboBox<>();
        columns.setId("builder-columns");
        columns.setItems(paths);
        columns.setItemLabelGenerator(FieldPath::label);
        columns.setWidthFull();
        List<String> chosen = draft.toReport().columns().stream().map(c -> c.path()).toList();
        columns.setValue(paths.stream().filter(p -> chosen.contains(p.path())).collect(java.util.stream.Collectors.toSet()));
        columns.addValueChangeListener(e -> {
            // keep the order of the source's fields, which is the order of the picker
            draft.columns(paths.stream().filter(e.getValue()::contains).map(FieldPath::path).toList());
            preview();
        });
        return columns;
    }

    private Component computedEditor() {
        TextField as = new TextField(getTranslation("report.builder.computedName"));
        as.setId("computed-name");
        TextField expression = new TextField(getTranslation("report.builder.computedExpression"));
        expression.setId("computed-expression");
        expression.getElement().setAttribute("dir", "ltr");
        FlexLayout chips = chipArea("computed-chips");
        Runnable showChips = () -> {
            chips.removeAll();
            draft.computed().forEach(c -> chips.add(chip(c.as() + " = " + c.expression().text(), () -> draft.removeComputed(c))));
        };
        Button add = new Button(getTranslation("report.builder.add"), e -> {
            if (as.getValue().matches("[a-z][a-z0-9_]{0,62}") && !expression.getValue().isBlank()) {
                draft.compute(as.getValue(), expression.getValue());
                as.clear();
                expression.clear();
                as.setInvalid(false);
                showChips.run();
                preview();
            } else {
                as.setErrorMessage(getTranslation("report.builder.computedNameHelp"));
                as.setInvalid(true);
            }
        });
        add.setId("computed-add");
        showChips.run();
        return new VerticalLayout(row(as, expression, add), chips);
    }

    private Component groupEditor(List<FieldPath> paths) {
        ComboBox<FieldPath> field = new ComboBox<>(getTranslation("report.builder.groupField"));
        field.setId("group-field");
        field.setItems(paths);
        field.setItemLabelGenerator(FieldPath::label);
        Select<GroupDef.Bucket> bucket = new Select<>();
        bucket.setLabel(getTranslation("report.builder.bucket"));
        bucket.setId("group-bucket");
        bucket.setItems(GroupDef.Bucket.values());
        bucket.setItemLabelGenerator(b -> getTranslation("report.bucket." + b.name().toLowerCase()));
        bucket.setEnabled(false);
        field.addValueChangeListener(e -> {
            boolean date = e.getValue() != null && e.getValue().isDate();
            bucket.setEnabled(date);
            bucket.setValue(date ? GroupDef.Bucket.MONTH : null);
        });
        FlexLayout chips = chipArea("group-chips");
        Runnable showChips = () -> {
            chips.removeAll();
            draft.groups().forEach(g -> chips.add(chip(groupLabel(g), () -> draft.removeGroup(g.as()))));
        };
        Button add = new Button(getTranslation("report.builder.add"), e -> {
            if (field.getValue() != null) {
                draft.groupBy(field.getValue().path(), bucket.isEnabled() ? bucket.getValue() : null);
                field.clear();
                showChips.run();
                preview();
            }
        });
        add.setId("group-add");
        showChips.run();
        return new VerticalLayout(row(field, bucket, add), chips);
    }

    private Component measureEditor(List<FieldPath> paths) {
        Select<Aggregate> aggregate = new Select<>();
        aggregate.setLabel(getTranslation("report.builder.aggregate"));
        aggregate.setId("measure-aggregate");
        aggregate.setItems(Aggregate.values());
        aggregate.setItemLabelGenerator(a -> getTranslation("report.aggregate." + a.token()));
        aggregate.setValue(Aggregate.COUNT);
        ComboBox<FieldPath> field = new ComboBox<>(getTranslation("report.builder.measureField"));
        field.setId("measure-field");
        field.setItemLabelGenerator(FieldPath::label);
        aggregate.addValueChangeListener(e -> {
            boolean numeric = e.getValue() == Aggregate.SUM || e.getValue() == Aggregate.AVG;
            field.setItems(paths.stream().filter(p -> !numeric || p.isNumber()).toList());
            field.setEnabled(e.getValue() != Aggregate.COUNT);
        });
        field.setEnabled(false);
        FlexLayout chips = chipArea("measure-chips");
        Runnable showChips = () -> {
            chips.removeAll();
            draft.measures().forEach(m -> chips.add(chip(measureLabel(m), () -> draft.removeMeasure(m.as()))));
        };
        Button add = new Button(getTranslation("report.builder.add"), e -> {
            Aggregate chosen = aggregate.getValue();
            if (chosen == Aggregate.COUNT || field.getValue() != null) {
                draft.measure(chosen, chosen == Aggregate.COUNT ? null : field.getValue().path());
                field.clear();
                showChips.run();
                preview();
            }
        });
        add.setId("measure-add");
        showChips.run();
        return new VerticalLayout(row(aggregate, field, add), chips);
    }

    private Component shapeEditor() {
        Select<String> sortBy = new Select<>();
        sortBy.setLabel(getTranslation("report.builder.sort"));
        sortBy.setId("builder-sort");
        sortBy.setEmptySelectionAllowed(true);
        sortBy.setItemLabelGenerator(column -> column == null ? "" : columnLabel(column));
        sortBy.addAttachListener(e -> sortBy.setItems(draft.resultColumns()));
        sortBy.addFocusListener(e -> sortBy.setItems(draft.resultColumns()));
        Select<SortKey.Direction> direction = new Select<>();
        direction.setLabel(getTranslation("report.builder.direction"));
        direction.setId("builder-direction");
        direction.setItems(SortKey.Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("report.direction." + d.name().toLowerCase()));
        direction.setValue(SortKey.Direction.ASC);
        sortBy.addValueChangeListener(e -> {
            draft.sortBy(e.getValue(), direction.getValue());
            preview();
        });
        direction.addValueChangeListener(e -> {
            draft.sortBy(sortBy.getValue(), e.getValue());
            preview();
        });
        IntegerField limit = new IntegerField(getTranslation("report.builder.limit"));
        limit.setId("builder-limit");
        limit.setMin(1);
        limit.setValue(draft.toReport().limit());
        limit.addValueChangeListener(e -> {
            draft.limit(e.getValue() != null && e.getValue() > 0 ? e.getValue() : null);
            preview();
        });
        Select<ChartType> chart = new Select<>();
        chart.setLabel(getTranslation("report.builder.chart"));
        chart.setId("builder-chart");
        chart.setItems(ChartType.values());
        chart.setItemLabelGenerator(t -> getTranslation("report.chart." + ReportYaml.token(t)));
        chart.setValue(draft.toReport().chart() == null ? ChartType.BAR : draft.toReport().chart().type());
        chart.addValueChangeListener(e -> {
            draft.chart(e.getValue());
            preview();
        });
        return row(sortBy, direction, limit, chart);
    }

    /** Runs the first rows of the draft again, as the preview. */
    private void preview() {
        run(true);
    }

    private void run(boolean sample) {
        ReportDef report = draft.toReport();
        if (report.columns().isEmpty() && !report.isGrouped()) {
            results.setVisible(false);
            return;
        }
        Query full = ReportQueries.of(fields.withTypedValues(report));
        Integer rows = sample ? Integer.valueOf(Math.min(PREVIEW_ROWS, report.limit() == null ? PREVIEW_ROWS : report.limit()))
                : report.limit();
        Map<String, Object> params = parameters(report);
        try {
            Result result = gateway.run(full.limit(rows), params);
            message.setText(sample ? getTranslation("report.builder.preview", PREVIEW_ROWS) : "");
            results.show(report, result, full, params, column -> fields.columnLabel(report, column),
                    fields.cellText(report), name.isEmpty() ? draft.source().id() : name.getValue().trim());
        } catch (RuntimeException e) {
            message.setText(getTranslation("report.failed", e.getMessage()));
            results.setVisible(false);
        }
    }

    /**
     * The values of the report's parameters from the form above "Run", rebuilt when the
     * parameters change (a filter asked when run was added or removed).
     */
    private Map<String, Object> parameters(ReportDef report) {
        List<String> ids = report.parameters().stream().map(p -> p.id()).toList();
        if (!ids.equals(parameterIds)) {
            Map<String, Object> kept = parameterForm == null ? Map.of() : parameterForm.values();
            Map<String, Object> values = new java.util.LinkedHashMap<>(
                    new ReportParameters(Clock.systemDefaultZone()).defaults(report));
            kept.forEach((id, value) -> {
                if (values.containsKey(id) && value != null) {
                    values.put(id, value);
                }
            });
            parameterForm = new ParameterForm(report, values, language);
            parameterBox.removeAll();
            parameterBox.add(parameterForm);
            parameterIds = ids;
        }
        return parameterForm.values();
    }

    private void save() {
        if (draft == null || name.getValue().isBlank()) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation("report.builder.nameRequired"));
            return;
        }
        name.setInvalid(false);
        draft.name(name.getValue().trim());
        try {
            SavedReport toSave = saved == null
                    ? new SavedReport(null, draft.source().appId(), name.getValue().trim(), gateway.user(),
                            sharedWith.getValue(), draft.toReport(), null, 0)
                    : new SavedReport(saved.id(), saved.app(), name.getValue().trim(), saved.owner(), sharedWith.getValue(),
                            draft.toReport(), saved.updatedAt(), saved.version());
            saved = savedReports.save(toSave);
            message.setText(getTranslation("report.builder.saved", saved.name()));
            showSavedActions();
        } catch (StaleReportException e) {
            message.setText(getTranslation("report.builder.stale"));
        }
    }

    private void delete() {
        if (saved != null && savedReports.delete(saved.id(), gateway.user(), gateway.roles())) {
            message.setText(getTranslation("report.builder.deleted", saved.name()));
            saved = null;
            showSavedActions();
        }
    }

    private void showSavedActions() {
        open.setVisible(saved != null);
        delete.setVisible(saved != null);
    }

    /** The report saved last from this screen, or null. */
    public SavedReport saved() {
        return saved;
    }

    private List<EntityDef> readableEntities() {
        return definitions.apps().stream()
                .flatMap(app -> app.entities().stream())
                .filter(entity -> gateway.rights(entity.qualifiedId()).read())
                .sorted(Comparator.comparing(this::entityLabel))
                .toList();
    }

    private String entityLabel(EntityDef entity) {
        String app = definitions.app(entity.appId()).map(App::label).map(l -> l.in(language.code())).orElse(entity.appId());
        return app + ReportFields.ARROW + entity.labelOrName().in(language.code());
    }

    /** The roles a report can be shared with: the built-in ones and those of every app ({@code app.role}). */
    private List<String> roles() {
        Set<String> roles = new LinkedHashSet<>(RoleDef.BUILT_IN);
        definitions.apps().forEach(app -> app.roles().forEach(role -> roles.add(app.id() + "." + role.id())));
        return new ArrayList<>(roles);
    }

    private String columnLabel(String column) {
        return fields.columnLabel(draft.toReport(), column);
    }

    private String groupLabel(GroupDef group) {
        String field = fields.label(draft.source(), group.field().path());
        return group.bucket() == null ? field
                : field + " (" + getTranslation("report.bucket." + group.bucket().name().toLowerCase()) + ")";
    }

    private String measureLabel(MeasureDef measure) {
        String aggregate = getTranslation("report.aggregate." + measure.aggregate().token());
        return measure.field() == null ? aggregate
                : aggregate + " " + fields.label(draft.source(), measure.field().path());
    }

    private Component chip(String text, Runnable remove) {
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        close.setAriaLabel(getTranslation("report.filter.remove"));
        HorizontalLayout chip = new HorizontalLayout(new Span(text), close);
        chip.setSpacing(false);
        chip.setAlignItems(FlexComponent.Alignment.CENTER);
        chip.getElement().getThemeList().add("badge");
        close.addClickListener(e -> {
            remove.run();
            chip.getParent().ifPresent(parent -> ((com.vaadin.flow.component.HasComponents) parent).remove(chip));
            preview();
        });
        return chip;
    }

    private static FlexLayout chipArea(String id) {
        FlexLayout chips = new FlexLayout();
        chips.setId(id);
        chips.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        chips.getStyle().set("gap", "var(--lumo-space-s)");
        return chips;
    }

    private static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
