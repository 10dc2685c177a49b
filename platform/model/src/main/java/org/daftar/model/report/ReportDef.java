package org.daftar.model.report;

import java.util.List;
import org.daftar.model.FieldRef;
import org.daftar.model.LocalizedText;
import org.daftar.model.SourceRef;
import org.daftar.model.list.SortKey;

/**
 * A report over a source entity. Filters are an and-group. A report either groups
 * ({@code groupBy} and {@code measures}; {@code having}, {@code sort} and the chart then name
 * groups and measures by their {@code as}) or lists rows ({@code columns}).
 */
public record ReportDef(
        String appId,
        String id,
        LocalizedText label,
        LocalizedText description,
        String source,
        List<ParameterDef> parameters,
        List<Condition> filters,
        List<ComputedColumnDef> computed,
        List<FieldRef> columns,
        List<GroupDef> groupBy,
        List<MeasureDef> measures,
        List<Condition> having,
        List<SortKey> sort,
        Integer limit,
        ChartDef chart,
        SourceRef at) {

    public ReportDef {
        parameters = List.copyOf(parameters);
        filters = List.copyOf(filters);
        computed = List.copyOf(computed);
        columns = List.copyOf(columns);
        groupBy = List.copyOf(groupBy);
        measures = List.copyOf(measures);
        having = List.copyOf(having);
        sort = List.copyOf(sort);
    }

    /** True when the report groups rows (it has groups or measures). */
    public boolean isGrouped() {
        return !groupBy.isEmpty() || !measures.isEmpty();
    }
}
