package org.daftar.query.compile;

import org.daftar.query.QueryException;
import org.daftar.query.schema.Catalog;
import org.daftar.query.schema.EntityTable;
import org.daftar.query.schema.QueryField;
import org.daftar.query.schema.ReadableSchema;

/**
 * Resolves field paths ({@code name}, {@code customer.region}, {@code lines.quantity}) from a
 * source entity, following references and (first) lines, and refuses what the readable schema
 * does not allow.
 */
final class PathResolver {

    private final Catalog catalog;
    private final ReadableSchema readable;

    PathResolver(Catalog catalog, ReadableSchema readable) {
        this.catalog = catalog;
        this.readable = readable;
    }

    /** The readable table of an entity. */
    EntityTable table(String entity) {
        EntityTable table = catalog.entity(entity).orElseThrow(() -> new QueryException(
                "There is no entity '" + entity + "': name it as app.entity, e.g. shop.customer"));
        access(entity);
        return table;
    }

    /** The table of any entity, readable or not: for row filters, which may read what the user cannot. */
    EntityTable anyTable(String entity) {
        return catalog.entity(entity).orElseThrow(() -> new QueryException("There is no entity '" + entity + "'"));
    }

    ReadableSchema.Access access(String entity) {
        return readable.access(entity).orElseThrow(() -> new QueryException(
                "You may not read " + entity + ": ask an administrator for access"));
    }

    ResolvedPath resolve(EntityTable source, String path) {
        String[] segments = path.split("\\.", -1);
        EntityTable current = source;
        String joinKey = "";
        boolean lines = false;
        for (int i = 0; i < segments.length - 1; i++) {
            QueryField field = field(current, segments[i], path);
            if (field.kind() == QueryField.Kind.REFERENCE) {
                joinKey = joinKey.isEmpty() ? segments[i] : joinKey + "." + segments[i];
            } else if (field.kind() == QueryField.Kind.LINES && i == 0) {
                joinKey = segments[i];
                lines = true;
            } else if (field.kind() == QueryField.Kind.LINES) {
                throw new QueryException("'" + path + "': only the source's own lines can be followed, and only first");
            } else {
                throw new QueryException("'" + path + "': '" + segments[i] + "' is not a reference, so it cannot be "
                        + "followed with a dot");
            }
            current = table(field.target());
        }
        QueryField last = field(current, segments[segments.length - 1], path);
        if (last.kind() == QueryField.Kind.LINES) {
            throw new QueryException("'" + path + "' is a list of lines, not a value: name one of its fields, e.g. "
                    + path + "." + current.fields().keySet().stream().filter(n -> !n.equals("id")).findFirst()
                            .orElse("id"));
        }
        return new ResolvedPath(path, joinKey, current, last, lines);
    }

    private QueryField field(EntityTable table, String name, String path) {
        QueryField field = table.field(name).orElseThrow(() -> new QueryException(
                "'" + path + "': " + table.qualifiedId() + " has no field '" + name + "'. Its fields are: "
                        + String.join(", ", table.fields().keySet())));
        if (!access(table.qualifiedId()).canRead(name)) {
            throw new QueryException("'" + path + "': you may not read the field '" + name + "' of "
                    + table.qualifiedId());
        }
        return field;
    }
}
