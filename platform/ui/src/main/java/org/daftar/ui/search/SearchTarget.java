package org.daftar.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.daftar.model.LocalizedText;
import org.daftar.model.entity.EntityDef;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.daftar.ui.form.render.ReferenceLookup;
import org.daftar.ui.list.ListField;
import org.daftar.ui.list.ListQuery;
import org.daftar.ui.shell.AppNavigation;

/**
 * One entity the global search looks in: the text fields it matches (never hidden ones), the
 * fields of the display name it shows, and the form a found record opens.
 *
 * @param entity the entity searched
 * @param app the app whose form opens a record
 * @param form the form that opens a record
 * @param fields the fields matched, as the entity's lists' quick search matches them
 * @param template the display template ({@code "{name} ({code})"}), or {@code null}: records are shown as {@code #id}
 * @param shown the fields of {@code template} the user may see, read with each record
 */
public record SearchTarget(EntityDef entity, String app, String form, List<ListField> fields, String template,
        List<String> shown) {

    public SearchTarget {
        fields = List.copyOf(fields);
        shown = List.copyOf(shown);
    }

    /** The entity's label, the heading of its results. */
    public LocalizedText label() {
        return entity.labelOrName();
    }

    /** At most {@code limit} records whose fields contain {@code text}, the newest first. */
    Query query(String text, int limit) {
        List<String> columns = new ArrayList<>(List.of("id"));
        columns.addAll(shown);
        return Query.from(entity.qualifiedId()).select(columns.toArray(String[]::new))
                .where(ListQuery.quickSearch(fields, text).orElseThrow())
                .orderBy(Sort.desc("id"))
                .limit(limit);
    }

    /** How a found record is shown: its display name. */
    String name(long id, Map<String, Object> values) {
        return ReferenceLookup.format(template, id, values);
    }

    /** Where a found record opens: {@code apps/APP/forms/FORM/ID}. */
    String path(long id) {
        return AppNavigation.formPath(app, form, id);
    }
}
