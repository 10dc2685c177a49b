package org.daftar.model.entity;

import java.util.Arrays;
import java.util.Optional;

/** The built-in field types, by the name a definition uses for them. */
public enum FieldType {
    TEXT("text"),
    LONG_TEXT("long-text"),
    INTEGER("integer"),
    DECIMAL("decimal"),
    MONEY("money"),
    PERCENT("percent"),
    DATE("date"),
    DATE_TIME("date-time"),
    TIME("time"),
    BOOLEAN("boolean"),
    CHOICE("choice"),
    REFERENCE("reference"),
    USER("user"),
    LINES("lines"),
    EMAIL("email"),
    PHONE("phone"),
    URL("url"),
    ATTACHMENT("attachment"),
    AUTO_NUMBER("auto-number"),
    COMPUTED("computed");

    private final String typeName;

    FieldType(String typeName) {
        this.typeName = typeName;
    }

    /** The name used in definitions, e.g. {@code long-text}. */
    public String typeName() {
        return typeName;
    }

    public static Optional<FieldType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.typeName.equals(name)).findFirst();
    }

    /** True for the number types (integer, decimal, money, percent). */
    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == MONEY || this == PERCENT;
    }

    /** True for the types whose value Daftar gives, never the user (auto-number, computed). */
    public boolean isGenerated() {
        return this == AUTO_NUMBER || this == COMPUTED;
    }
}
