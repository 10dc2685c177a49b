package org.daftar.data.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The DDL statements that create tables as their {@link TableSpec}s say: schemas, tables with their
 * columns and checks, then unique keys, foreign keys and indexes (after every table exists, so
 * that tables may refer to each other in any order).
 */
public final class Ddl {

    private Ddl() {}

    /** Everything needed to create {@code tables} in an empty database, in order. */
    public static List<String> createAll(List<TableSpec> tables) {
        List<String> statements = new ArrayList<>();
        Set<String> schemas = new LinkedHashSet<>();
        tables.forEach(table -> schemas.add(table.schema()));
        schemas.forEach(schema -> statements.add(createSchema(schema)));
        tables.forEach(table -> statements.add(createTable(table)));
        tables.forEach(table -> statements.addAll(constraintsAndIndexes(table)));
        return statements;
    }

    public static String createSchema(String schema) {
        return "create schema if not exists " + Sql.quote(schema);
    }

    /** CREATE TABLE with every column and its checks. */
    public static String createTable(TableSpec table) {
        List<String> parts = new ArrayList<>();
        table.columns().forEach(column -> parts.add(column.definition()));
        for (ColumnSpec column : table.columns()) {
            parts.addAll(checkConstraints(table, column));
        }
        return "create table " + table.qualifiedName() + " (\n  " + String.join(",\n  ", parts) + "\n)";
    }

    /** The named CHECK constraints of a column, as they appear inside CREATE TABLE. */
    public static List<String> checkConstraints(TableSpec table, ColumnSpec column) {
        List<String> checks = new ArrayList<>();
        for (int i = 0; i < column.checks().size(); i++) {
            checks.add("constraint " + Sql.quote(checkName(table, column, i)) + " check (" + column.checks().get(i) + ")");
        }
        return checks;
    }

    public static String checkName(TableSpec table, ColumnSpec column, int index) {
        return Sql.constraintName(table.name(), column.name(), "check" + (index + 1));
    }

    /** Unique keys, foreign keys and indexes of a table that exists. */
    public static List<String> constraintsAndIndexes(TableSpec table) {
        List<String> statements = new ArrayList<>();
        table.uniqueKeys().forEach(key -> statements.add(createUnique(table, key)));
        table.foreignKeys().forEach(key -> statements.add(addForeignKey(table, key)));
        table.indexes().forEach(index -> statements.add(createIndex(table, index)));
        return statements;
    }

    /** A unique index over the records that are not deleted, so a deleted record frees its key. */
    public static String createUnique(TableSpec table, TableSpec.UniqueKey key) {
        return "create unique index " + Sql.quote(key.name()) + " on " + table.qualifiedName() + " (" + columns(key.columns())
                + ") where " + Sql.quote(SystemColumns.DELETED_AT) + " is null";
    }

    public static String addForeignKey(TableSpec table, TableSpec.ForeignKey key) {
        return "alter table " + table.qualifiedName() + " add constraint " + Sql.quote(key.name()) + " foreign key ("
                + Sql.quote(key.column()) + ") references " + key.target().qualifiedName() + " (" + Sql.quote(SystemColumns.ID)
                + ")" + (key.cascade() ? " on delete cascade" : "");
    }

    public static String createIndex(TableSpec table, TableSpec.Index index) {
        return "create index " + Sql.quote(index.name()) + " on " + table.qualifiedName() + " ("
                + index.columns().stream().map(c -> Sql.quote(c) + (index.descending().contains(c) ? " desc" : ""))
                        .collect(Collectors.joining(", ")) + ")";
    }

    private static String columns(List<String> names) {
        return names.stream().map(Sql::quote).collect(Collectors.joining(", "));
    }
}
