package org.daftar.data.migration.planner;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.daftar.data.migration.live.ObjectKind;
import org.daftar.data.migration.planner.ColumnMatches.Matched;
import org.daftar.data.migration.step.DataCheck;
import org.daftar.data.migration.step.SchemaObject;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.ColumnSpec;
import org.daftar.data.schema.Sql;
import org.daftar.data.schema.SystemColumns;
import org.daftar.data.schema.TableSpec.TableRef;
import org.daftar.data.schema.TableSpec;

/**
 * The data checks of keys added to a table that has records: a unique key must find no value used
 * twice, a foreign key no reference to a missing record.
 */
final class ObjectChecks {

    private final TableContext context;
    private final Function<TableRef, Optional<String>> liveTableOf;

    ObjectChecks(TableContext context, Function<TableRef, Optional<String>> liveTableOf) {
        this.context = context;
        this.liveTableOf = liveTableOf;
    }

    List<DataCheck> forObject(SchemaObject object, ColumnMatches columns) {
        Function<String, String> liveName = column -> columns.matched.stream().filter(m -> m.column().name().equals(column))
                .map(Matched::liveName).findFirst().orElse(column);
        TableSpec table = context.table();
        if (object.kind() == ObjectKind.UNIQUE) {
            return table.uniqueKeys().stream().filter(key -> key.name().equals(object.name())).findFirst()
                    .map(key -> List.of(new DataCheck(
                            Words.of("problem.duplicates", key.columns()), Words.of("remedy.unique"),
                            duplicates(context.planTable(), key.columns().stream().map(liveName).toList()),
                            duplicates(context.stepTable(), key.columns()), context.stepTable())))
                    .orElse(List.of());
        }
        if (object.kind() == ObjectKind.FOREIGN_KEY) {
            return table.foreignKeys().stream().filter(key -> key.name().equals(object.name())).findFirst()
                    .map(key -> List.of(new DataCheck(
                            Words.of("problem.missingReference", key.target().name()), Words.of("remedy.references"),
                            dangling(context.planTable(), liveName.apply(key.column()), liveTableOf.apply(key.target())),
                            dangling(context.stepTable(), key.column(), Optional.of(key.target().qualifiedName())), context.stepTable())))
                    .orElse(List.of());
        }
        return List.of();
    }

    /** A NOT NULL system column without a default needs an empty table. */
    List<DataCheck> forSystemColumn(ColumnSpec column) {
        String definition = column.sqlType();
        if (!definition.contains("not null") || definition.contains("default") || definition.contains("identity")) {
            return List.of();
        }
        return List.of(Counts.allRows(Words.of("problem.noValueForSystemColumn", column.name()), Words.of("remedy.emptyTable"), context.planTable(), context.stepTable()));
    }

    private static String duplicates(String table, List<String> columns) {
        String list = columns.stream().map(Sql::quote).collect(Collectors.joining(", "));
        String present = columns.stream().map(c -> Sql.quote(c) + " is not null").collect(Collectors.joining(" and "));
        return "select count(*) from (select 1 from " + table + " where " + Sql.quote(SystemColumns.DELETED_AT) + " is null and "
                + present + " group by " + list + " having count(*) > 1) duplicates";
    }

    private static String dangling(String table, String column, Optional<String> target) {
        String value = "t." + Sql.quote(column);
        return "select count(*) from " + table + " t where " + value + " is not null"
                + target.map(r -> " and not exists (select 1 from " + r + " r where r." + Sql.quote(SystemColumns.ID) + " = " + value + ")")
                        .orElse("");
    }
}
