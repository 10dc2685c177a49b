package org.daftar.data.migration.live;

import java.util.Arrays;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.Sql;

/**
 * The kinds of objects Daftar makes on an entity's table besides its columns. Unique keys and
 * indexes are indexes (relations of the schema); checks and foreign keys are constraints of the
 * table. The kind says how one is dropped and renamed.
 */
public enum ObjectKind {
    CHECK("check", "check", "kind.check"),
    UNIQUE("unique", "unique key", "kind.unique"),
    FOREIGN_KEY("foreign-key", "foreign key", "kind.foreignKey"),
    INDEX("index", "index", "kind.index");

    private final String code;
    private final String words;
    private final String wordsKey;

    ObjectKind(String code, String words, String wordsKey) {
        this.code = code;
        this.words = words;
        this.wordsKey = wordsKey;
    }

    /** How the kind is stored in {@code daftar_schema_object.kind}. */
    public String code() {
        return code;
    }

    /** The kind in English, as the schema history names it: {@code unique key}. */
    public String words() {
        return words;
    }

    /** The kind for people, in any language: {@code unique key}, {@code المفتاح الفريد}. */
    public Words wording() {
        return Words.of(wordsKey);
    }

    public static ObjectKind ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown kind of schema object: " + code));
    }

    public boolean isIndex() {
        return this == UNIQUE || this == INDEX;
    }

    /** The statement that drops the object {@code name} of table {@code schema.table}. */
    public String dropSql(String schema, String table, String name) {
        return isIndex()
                ? "drop index " + Sql.qualified(schema, name)
                : "alter table " + Sql.qualified(schema, table) + " drop constraint " + Sql.quote(name);
    }

    /** The statement that renames the object {@code from} of table {@code schema.table} to {@code to}. */
    public String renameSql(String schema, String table, String from, String to) {
        return isIndex()
                ? "alter index " + Sql.qualified(schema, from) + " rename to " + Sql.quote(to)
                : "alter table " + Sql.qualified(schema, table) + " rename constraint " + Sql.quote(from) + " to " + Sql.quote(to);
    }
}
