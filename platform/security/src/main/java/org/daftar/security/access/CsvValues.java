package org.daftar.security.access;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.model.Definitions;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.report.Operator;
import org.daftar.query.QueryEngine;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Query;
import org.daftar.query.schema.ReadableSchema;

/**
 * Turns the text of a CSV cell into the value the record service takes: numbers, yes/no, several
 * choices separated by {@code ;}, and a reference by the referenced record's natural key (or id),
 * looked up among the records the user may read. Dates and times stay text in ISO form.
 */
final class CsvValues {

    private final Definitions definitions;
    private final QueryEngine queries;

    CsvValues(Definitions definitions, QueryEngine queries) {
        this.definitions = definitions;
        this.queries = queries;
    }

    /** The value, or a message saying why the text does not fit. */
    Object value(Connection connection, EntityDef entity, FieldDef field, String text, ReadableSchema readable,
            Locale locale) {
        String trimmed = text.strip();
        FieldType type = field.builtInType().orElse(FieldType.TEXT);
        try {
            return switch (type) {
                case INTEGER -> Long.valueOf(trimmed);
                case DECIMAL, MONEY, PERCENT -> new BigDecimal(trimmed);
                case BOOLEAN -> bool(trimmed, locale);
                case CHOICE -> field.settings() != null && field.settings().multiple()
                        ? Arrays.stream(trimmed.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList() : trimmed;
                case REFERENCE -> reference(connection, entity, field, trimmed, readable, locale);
                default -> text;
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Refusals.isArabic(locale) ? "'" + trimmed + "' ليس رقمًا."
                    : "'" + trimmed + "' is not a number.");
        }
    }

    private static Boolean bool(String text, Locale locale) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (List.of("true", "yes", "1", "نعم").contains(lower)) {
            return true;
        }
        if (List.of("false", "no", "0", "لا").contains(lower)) {
            return false;
        }
        throw new IllegalArgumentException(Refusals.isArabic(locale) ? "'" + text + "' ليست نعم أو لا."
                : "'" + text + "' is not yes or no.");
    }

    private Long reference(Connection connection, EntityDef entity, FieldDef field, String text, ReadableSchema readable,
            Locale locale) {
        EntityDef target = definitions.entity(entity.appId(), field.settings().entity()).orElseThrow();
        Filter match = target.naturalKey().size() == 1 ? Filter.of(target.naturalKey().getFirst(), Operator.EQ, text)
                : text.matches("[0-9]{1,18}") ? Filter.of("id", Operator.EQ, Long.valueOf(text)) : null;
        if (match != null && readable.access(target.qualifiedId()).isPresent()) {
            List<List<Object>> rows = queries.run(connection, Query.from(target.qualifiedId()).select("id").where(match),
                    readable, Map.of()).rows();
            if (rows.size() == 1) {
                return ((Number) rows.getFirst().getFirst()).longValue();
            }
        }
        throw new IllegalArgumentException(Refusals.isArabic(locale) ? "لا يوجد سجل '" + text + "'."
                : "There is no record '" + text + "'.");
    }
}
