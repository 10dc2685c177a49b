package org.daftar.query.sql;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what the parser and validator say into a refusal a manager can act on. */
final class Refusals {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "merge", "upsert", "truncate", "copy",
            "create", "drop", "alter", "grant", "revoke", "comment", "vacuum", "analyze", "call", "do", "set", "reset",
            "lock", "begin", "commit", "rollback", "execute", "prepare", "listen", "notify", "refresh", "reindex",
            "cluster", "discard", "load", "security", "import");
    private static final Pattern NOT_FOUND = Pattern.compile("Object '([^']+)' not found(?: within '([^']+)')?");
    private static final Pattern TABLE_NOT_FOUND = Pattern.compile("Table '([^']+)' not found");
    private static final Pattern FUNCTION = Pattern.compile("No match found for function signature ([^(]+)\\(");
    private static final Pattern COLUMN = Pattern.compile("Column '([^']+)' not found in (?:any table|table '([^']+)')");

    private Refusals() {}

    /** A refusal for text whose first word writes or changes something; {@code null} when it is not one. */
    static SqlRefusal ofStatementKind(String text) {
        String first = text.strip().split("[\\s(;]", 2)[0].toLowerCase(Locale.ROOT);
        if (WRITES.contains(first)) {
            return new SqlRefusal("SQL mode only reads data: '" + first.toUpperCase(Locale.ROOT)
                    + "' is not allowed. Write a SELECT.");
        }
        return null;
    }

    static SqlRefusal ofValidation(String message, String readableTables) {
        Matcher notFound = NOT_FOUND.matcher(message);
        Matcher tableNotFound = TABLE_NOT_FOUND.matcher(message);
        String table = notFound.find() ? notFound.group(2) != null ? notFound.group(2) + "." + notFound.group(1)
                : notFound.group(1) : tableNotFound.find() ? tableNotFound.group(1) : null;
        if (table != null) {
            String lower = table.toLowerCase(Locale.ROOT);
            if (lower.startsWith("pg_") || lower.contains(".pg_") || lower.startsWith("information_schema")
                    || lower.contains("pg_catalog")) {
                return new SqlRefusal("System catalogs (" + table + ") cannot be read in SQL mode.");
            }
            return new SqlRefusal("'" + table + "' is not a table you may read. Name tables as app.entity; you may read: "
                    + readableTables + ".");
        }
        Matcher function = FUNCTION.matcher(message);
        if (function.find()) {
            return new SqlRefusal("Unknown function '" + function.group(1).trim().toLowerCase(Locale.ROOT)
                    + "': SQL mode offers the standard SQL functions only (no database-specific or library functions).");
        }
        Matcher column = COLUMN.matcher(message);
        if (column.find()) {
            return new SqlRefusal("Unknown column '" + column.group(1) + "'"
                    + (column.group(2) != null ? " in " + column.group(2) : "")
                    + ": it does not exist or you may not read it.");
        }
        return new SqlRefusal("The SQL is not valid: " + message);
    }
}
