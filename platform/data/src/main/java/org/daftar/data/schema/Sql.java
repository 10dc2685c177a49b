package org.daftar.data.schema;

import java.util.regex.Pattern;

/**
 * Quoting for the SQL Daftar writes itself. Identifiers come from definitions (already checked
 * against the language's name pattern) and are checked again and always quoted; the few literals
 * written into DDL (choice values, bounds) are quoted as SQL strings. Record values are never
 * written into SQL: they are bound parameters.
 */
public final class Sql {

    private static final Pattern IDENTIFIER = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");

    private Sql() {}

    /** {@code "name"}, after checking that {@code name} is a plain lower-case identifier. */
    public static String quote(String identifier) {
        if (identifier == null || !IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("Not a valid SQL identifier: " + identifier);
        }
        return '"' + identifier + '"';
    }

    /** {@code "schema"."name"}. */
    public static String qualified(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }

    /** A text literal: {@code 'it''s'}. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * A name for a constraint or index, at most 63 characters (PostgreSQL's limit): the parts
     * joined by {@code _}, shortened with a hash when too long.
     */
    public static String constraintName(String... parts) {
        String name = String.join("_", parts);
        if (name.length() <= 63) {
            return name;
        }
        String hash = Integer.toHexString(name.hashCode() & 0x7fffffff);
        return name.substring(0, 62 - hash.length()) + "_" + hash;
    }
}
