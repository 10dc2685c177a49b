package org.daftar.model.list;

import java.util.List;
import org.daftar.model.ExpressionText;
import org.daftar.model.FieldRef;
import org.daftar.model.LocalizedText;
import org.daftar.model.SourceRef;

/**
 * A list of an entity's records.
 *
 * @param where a fixed condition ({@code null}: all records)
 * @param form the form that opens a row ({@code null}: the entity's first form)
 */
public record ListDef(
        String appId,
        String id,
        String entity,
        LocalizedText label,
        List<ListColumn> columns,
        List<SortKey> sort,
        List<FieldRef> filters,
        List<FieldRef> quickSearch,
        ExpressionText where,
        int pageSize,
        String form,
        SourceRef at) {

    public static final int DEFAULT_PAGE_SIZE = 50;

    public ListDef {
        columns = List.copyOf(columns);
        sort = List.copyOf(sort);
        filters = List.copyOf(filters);
        quickSearch = List.copyOf(quickSearch);
    }
}
