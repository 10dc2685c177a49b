package org.daftar.query.schema;

import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.impl.AbstractTable;
import org.daftar.data.schema.ColumnSpec;

/** A table Calcite plans over but never scans: its rows stay in PostgreSQL. */
final class EntityCalciteTable extends AbstractTable {

    private final List<ColumnSpec> columns;
    final boolean visible;

    EntityCalciteTable(List<ColumnSpec> columns, boolean visible) {
        this.columns = List.copyOf(columns);
        this.visible = visible;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory types) {
        RelDataTypeFactory.Builder row = types.builder();
        columns.forEach(column -> row.add(column.name(), ColumnTypes.of(column, types)));
        return row.build();
    }
}
