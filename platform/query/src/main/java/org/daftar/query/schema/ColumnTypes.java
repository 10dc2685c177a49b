package org.daftar.query.schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;
import org.daftar.data.schema.ColumnSpec;

/** The Calcite type of a PostgreSQL column type, as {@link ColumnSpec#sqlType()} writes it. */
final class ColumnTypes {

    private static final Pattern SIZED = Pattern.compile("^(varchar|numeric)\\((\\d+)(?:,(\\d+))?\\)(\\[\\])?.*");

    private ColumnTypes() {}

    static RelDataType of(ColumnSpec column, RelDataTypeFactory types) {
        RelDataType type = base(column.sqlType().trim(), types);
        boolean notNull = column.notNull() || column.sqlType().contains("not null") || column.sqlType().contains("primary key");
        return types.createTypeWithNullability(type, !notNull);
    }

    private static RelDataType base(String sqlType, RelDataTypeFactory types) {
        Matcher sized = SIZED.matcher(sqlType);
        if (sized.matches()) {
            RelDataType type = sized.group(1).equals("varchar")
                    ? types.createSqlType(SqlTypeName.VARCHAR, Integer.parseInt(sized.group(2)))
                    : types.createSqlType(SqlTypeName.DECIMAL, Integer.parseInt(sized.group(2)),
                            sized.group(3) == null ? 0 : Integer.parseInt(sized.group(3)));
            return sized.group(4) != null ? types.createArrayType(type, -1) : type;
        }
        String word = sqlType.split("[\\s(]", 2)[0];
        return switch (word) {
            case "bigint" -> types.createSqlType(SqlTypeName.BIGINT);
            case "integer" -> types.createSqlType(SqlTypeName.INTEGER);
            case "numeric" -> types.createSqlType(SqlTypeName.DECIMAL, 38, 10);
            case "boolean" -> types.createSqlType(SqlTypeName.BOOLEAN);
            case "date" -> types.createSqlType(SqlTypeName.DATE);
            case "timestamptz" -> types.createSqlType(SqlTypeName.TIMESTAMP);
            case "time" -> types.createSqlType(SqlTypeName.TIME);
            default -> types.createSqlType(SqlTypeName.VARCHAR);
        };
    }
}
