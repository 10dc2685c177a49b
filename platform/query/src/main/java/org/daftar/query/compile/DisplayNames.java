package org.daftar.query.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daftar.query.model.Computed;
import org.daftar.query.model.Query;
import org.daftar.query.schema.Catalog;
import org.daftar.query.schema.QueryField;

/**
 * Lists show a reference as the referenced record's display name, not its id: a listed column that
 * names a reference of the source ({@code customer}) becomes a computed column of the same name
 * that joins the text of the referenced entity's display name ({@code "{name} ({code})"}) in the
 * same statement. A reference to no record (or a deleted one) shows empty. {@code customer.id}
 * still gives the id.
 */
final class DisplayNames {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

    private DisplayNames() {}

    static Query apply(Query query, Catalog catalog, PathResolver paths) {
        if (query.isGrouped()) {
            return query;
        }
        var source = paths.table(query.source());
        List<Computed> added = new ArrayList<>();
        for (String column : query.columns()) {
            boolean computed = query.computed().stream().anyMatch(c -> c.as().equals(column));
            if (computed || column.contains(".")) {
                continue;
            }
            source.field(column).filter(field -> field.kind() == QueryField.Kind.REFERENCE)
                    .flatMap(field -> catalog.displayTemplate(field.target())
                            .map(template -> expression(column, template, catalog.entity(field.target()).orElseThrow())))
                    .ifPresent(expression -> added.add(Computed.of(column, expression)));
        }
        return added.isEmpty() ? query : query.compute(added.toArray(Computed[]::new));
    }

    /** {@code if(customer.id is empty, null, coalesce(customer.name, '') & ' (' & ...)}. */
    private static String expression(String reference, String template, org.daftar.query.schema.EntityTable target) {
        List<String> parts = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        int end = 0;
        while (matcher.find()) {
            addText(parts, template.substring(end, matcher.start()));
            String field = matcher.group(1);
            if (target.field(field).filter(DisplayNames::isText).isPresent()) {
                parts.add("coalesce(" + reference + "." + field + ", '')");
            }
            end = matcher.end();
        }
        addText(parts, template.substring(end));
        String text = parts.isEmpty() ? "''" : String.join(" & ", parts);
        return "if(" + reference + ".id is empty, null, " + text + ")";
    }

    private static void addText(List<String> parts, String text) {
        if (!text.isEmpty()) {
            parts.add("'" + text.replace("'", "''") + "'");
        }
    }

    private static boolean isText(QueryField field) {
        return field.column() != null && (field.column().sqlType().startsWith("varchar")
                || field.column().sqlType().equals("text"));
    }
}
