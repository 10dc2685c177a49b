package org.daftar.ui.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.daftar.model.Definitions;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.report.Condition;
import org.daftar.model.report.ReportDef;
import org.daftar.ui.i18n.Language;

/**
 * The fields of a report's source and of the entities its references and lines lead to, by label
 * in the user's language: joins are offered by name, never by key.
 */
public final class ReportFields {

    /** The separator of a path's labels: {@code Customer › Region}. */
    public static final String ARROW = " › ";

    private final Definitions definitions;
    private final Language language;

    public ReportFields(Definitions definitions, Language language) {
        this.definitions = definitions;
        this.language = language;
    }

    /** The source's own fields, then one step along each reference and lines field. */
    public List<FieldPath> of(EntityDef source) {
        List<FieldPath> paths = new ArrayList<>();
        for (FieldDef field : source.fields()) {
            if (isReportable(field)) {
                paths.add(new FieldPath(field.name(), label(field), field));
            }
        }
        for (FieldDef field : source.fields()) {
            target(source, field).ifPresent(target -> target.fields().stream()
                    .filter(ReportFields::isReportable)
                    .forEach(inner -> paths.add(new FieldPath(field.name() + "." + inner.name(),
                            label(field) + ARROW + label(inner), inner))));
        }
        return paths;
    }

    /** The label of {@code path} from {@code source}, or the path itself when it leads nowhere. */
    public String label(EntityDef source, String path) {
        EntityDef entity = source;
        List<String> labels = new ArrayList<>();
        for (String step : path.split("\\.")) {
            Optional<FieldDef> field = entity == null ? Optional.empty() : entity.field(step);
            if (field.isEmpty()) {
                return path;
            }
            labels.add(label(field.get()));
            entity = target(entity, field.get()).orElse(null);
        }
        return String.join(ARROW, labels);
    }

    /** The label of a result column of {@code report}: a group's, measure's or computed column's label, or a path's. */
    public String columnLabel(ReportDef report, String column) {
        for (var group : report.groupBy()) {
            if (group.as().equals(column)) {
                return group.label() != null ? group.label().in(language.code()) : sourceLabel(report, group.field().path());
            }
        }
        for (var measure : report.measures()) {
            if (measure.as().equals(column) && measure.label() != null) {
                return measure.label().in(language.code());
            }
        }
        for (var computed : report.computed()) {
            if (computed.as().equals(column) && computed.label() != null) {
                return computed.label().in(language.code());
            }
        }
        return report.measures().stream().anyMatch(m -> m.as().equals(column))
                ? column.replace('_', ' ')
                : sourceLabel(report, column);
    }

    /** How the values of {@code report}'s result are shown: its choice columns by their options' labels. */
    public CellText cellText(ReportDef report) {
        Optional<EntityDef> source = source(report);
        if (source.isEmpty()) {
            return CellText.PLAIN;
        }
        java.util.Map<String, java.util.Map<String, String>> choices = new java.util.HashMap<>();
        report.groupBy().stream().filter(g -> g.bucket() == null)
                .forEach(g -> field(source.get(), g.field().path()).ifPresent(f -> putChoices(choices, g.as(), f)));
        report.columns().forEach(c -> field(source.get(), c.path()).ifPresent(f -> putChoices(choices, c.path(), f)));
        return new CellText(choices);
    }

    private void putChoices(java.util.Map<String, java.util.Map<String, String>> choices, String column, FieldDef field) {
        if (field.is(FieldType.CHOICE) && field.settings() != null && !field.settings().options().isEmpty()) {
            java.util.Map<String, String> labels = new java.util.HashMap<>();
            field.settings().options().forEach(o -> labels.put(o.value(),
                    o.label() == null ? o.value() : o.label().in(language.code())));
            choices.put(column, labels);
        }
    }

    /** The field at the end of {@code path} from {@code source}. */
    public Optional<FieldDef> field(EntityDef source, String path) {
        EntityDef entity = source;
        FieldDef field = null;
        for (String step : path.split("\\.")) {
            if (entity == null) {
                return Optional.empty();
            }
            field = entity.field(step).orElse(null);
            if (field == null) {
                return Optional.empty();
            }
            entity = target(entity, field).orElse(null);
        }
        return Optional.ofNullable(field);
    }

    /**
     * {@code report} with the date literals of its filters as dates: definition files (and saved
     * reports, which are kept as such files) write {@code 2026-01-01} as text, and PostgreSQL does
     * not compare a date with text.
     */
    public ReportDef withTypedValues(ReportDef report) {
        Optional<EntityDef> source = source(report);
        if (source.isEmpty()) {
            return report;
        }
        return new ReportDef(report.appId(), report.id(), report.label(), report.description(), report.source(),
                report.parameters(), report.filters().stream().map(c -> typed(source.get(), c)).toList(), report.computed(),
                report.columns(), report.groupBy(), report.measures(), report.having(), report.sort(), report.limit(),
                report.chart(), report.at());
    }

    private Condition typed(EntityDef source, Condition condition) {
        return switch (condition) {
            case Condition.AllOf all -> new Condition.AllOf(all.conditions().stream().map(c -> typed(source, c)).toList(),
                    all.at());
            case Condition.AnyOf any -> new Condition.AnyOf(any.conditions().stream().map(c -> typed(source, c)).toList(),
                    any.at());
            case Condition.Compare compare -> field(source, compare.field().path())
                    .filter(f -> f.is(FieldType.DATE) || f.is(FieldType.DATE_TIME))
                    .map(f -> new Condition.Compare(compare.field(), compare.op(), dated(f, compare.value()), compare.at()))
                    .orElse(compare);
        };
    }

    private static Object dated(FieldDef field, Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(item -> dated(field, item)).toList();
        }
        if (!(value instanceof String text)) {
            return value;
        }
        try {
            return field.is(FieldType.DATE) ? java.time.LocalDate.parse(text) : java.time.LocalDateTime.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return value;
        }
    }

    /** The source entity of {@code report}. */
    public Optional<EntityDef> source(ReportDef report) {
        return definitions.entity(report.appId(), report.source());
    }

    private String sourceLabel(ReportDef report, String path) {
        return source(report).map(source -> label(source, path)).orElse(path);
    }

    private Optional<EntityDef> target(EntityDef from, FieldDef field) {
        if (!(field.is(FieldType.REFERENCE) || field.is(FieldType.LINES)) || field.settings() == null
                || field.settings().entity() == null) {
            return Optional.empty();
        }
        return definitions.entity(from.appId(), field.settings().entity());
    }

    private String label(FieldDef field) {
        return field.labelOrName().in(language.code());
    }

    private static boolean isReportable(FieldDef field) {
        return !field.is(FieldType.ATTACHMENT) && !field.is(FieldType.LINES) && !field.is(FieldType.LONG_TEXT);
    }
}
