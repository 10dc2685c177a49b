package org.daftar.data.migration.desired;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.daftar.data.migration.live.ObjectKind;
import org.daftar.data.migration.step.SchemaObject;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.ColumnSpec;
import org.daftar.data.schema.Ddl;
import org.daftar.data.schema.Sql;
import org.daftar.data.schema.TableSpec;

/**
 * The indexes and constraints of a table, each with its key in stable ids: columns are named by
 * their field's id (a system column by {@code #name}), referenced tables by {@code app.entity}, and
 * a check's own column by {@code {column}}. Renaming a field or an entity changes no key.
 */
public final class DesiredObjects {

    /** How a check's text names its own column in a key. */
    public static final String COLUMN = "{column}";

    private DesiredObjects() {}

    /**
     * @param entityOf the {@code app.entity} of a referenced table
     */
    public static List<SchemaObject> of(TableSpec table, Function<TableSpec.TableRef, String> entityOf) {
        List<SchemaObject> objects = new ArrayList<>();
        for (ColumnSpec column : table.columns()) {
            for (int i = 0; i < column.checks().size(); i++) {
                String check = column.checks().get(i);
                String name = Ddl.checkName(table, column, i);
                objects.add(new SchemaObject(ObjectKind.CHECK, name, checkKey(column, i), Set.of(column.fieldId()),
                        "alter table " + table.qualifiedName() + " add constraint " + Sql.quote(name) + " check (" + check + ")",
                        Words.of("object.check", check.replace("\"", ""))));
            }
        }
        for (TableSpec.UniqueKey key : table.uniqueKeys()) {
            objects.add(new SchemaObject(ObjectKind.UNIQUE, key.name(), "unique " + ids(table, key.columns()),
                    fieldIds(table, key.columns()),
                    Ddl.createUnique(table, key), Words.of("object.unique", key.columns())));
        }
        for (TableSpec.ForeignKey key : table.foreignKeys()) {
            objects.add(new SchemaObject(ObjectKind.FOREIGN_KEY, key.name(),
                    "foreign-key " + ids(table, List.of(key.column())) + " -> " + entityOf.apply(key.target())
                            + (key.cascade() ? " cascade" : ""),
                    fieldIds(table, List.of(key.column())), Ddl.addForeignKey(table, key),
                    Words.of("object.foreignKey", key.column(), key.target().toString())));
        }
        for (TableSpec.Index index : table.indexes()) {
            objects.add(new SchemaObject(ObjectKind.INDEX, index.name(), "index " + indexIds(table, index),
                    fieldIds(table, index.columns()), Ddl.createIndex(table, index),
                    index.purpose() == null ? Words.of("object.index", index.columnsWithOrder())
                            : Words.of("object.indexWithPurpose", index.columnsWithOrder(), index.purpose())));
        }
        return objects;
    }

    /** The key of a column's {@code index}th check: {@code check region#1 {column} in ('central', 'west')}. */
    public static String checkKey(ColumnSpec column, int index) {
        return "check " + column.fieldId() + "#" + (index + 1) + " " + withoutColumn(column.checks().get(index), column.name());
    }

    /** A check's text with its column written {@code {column}}: {@code {column} in ('a', 'b')}. */
    public static String withoutColumn(String check, String column) {
        return check.replace(Sql.quote(column), COLUMN);
    }

    /** {@code #parent_id,#line_no}; a descending column with {@code  desc}: {@code owner,day desc,#id}. */
    private static String indexIds(TableSpec table, TableSpec.Index index) {
        return index.columns().stream()
                .map(name -> table.column(name).map(DesiredObjects::idOf).orElse("?" + name)
                        + (index.descending().contains(name) ? " desc" : ""))
                .collect(Collectors.joining(","));
    }

    private static String ids(TableSpec table, List<String> columns) {
        return columns.stream().map(name -> table.column(name).map(DesiredObjects::idOf).orElse("?" + name))
                .collect(Collectors.joining(","));
    }

    private static String idOf(ColumnSpec column) {
        return column.isSystem() ? "#" + column.name() : column.fieldId();
    }

    private static Set<String> fieldIds(TableSpec table, List<String> columns) {
        Set<String> ids = new LinkedHashSet<>();
        columns.forEach(name -> table.column(name).filter(c -> !c.isSystem()).ifPresent(c -> ids.add(c.fieldId())));
        return ids;
    }
}
