package org.daftar.data.migration.live;

/**
 * A column as PostgreSQL's catalog has it.
 *
 * @param type its type ({@code format_type} of the column)
 * @param notNull whether it is {@code NOT NULL}
 */
public record CatalogColumn(String name, ColumnType type, boolean notNull) {}
