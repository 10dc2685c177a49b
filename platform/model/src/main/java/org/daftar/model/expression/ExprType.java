package org.daftar.model.expression;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The type of an expression or of a field as expressions see it.
 *
 * <p>Money and percent fields are {@link #DECIMAL}s, choice fields {@link #TEXT}s (their value),
 * multiple-choice fields {@link #MULTI_CHOICE}. A {@link Kind#REFERENCE reference} and
 * {@link Kind#LINES lines} name their entity; no other type does.
 *
 * @param kind what sort of value
 * @param entity for {@link Kind#REFERENCE} and {@link Kind#LINES}, the entity id; else null
 */
public record ExprType(Kind kind, String entity) {

    /** The sorts of value an expression can have. */
    public enum Kind {
        TEXT, INTEGER, DECIMAL, BOOLEAN, DATE, DATETIME, TIME, REFERENCE, USER, LINES, MULTI_CHOICE, NULL
    }

    public static final ExprType TEXT = new ExprType(Kind.TEXT, null);
    public static final ExprType INTEGER = new ExprType(Kind.INTEGER, null);
    public static final ExprType DECIMAL = new ExprType(Kind.DECIMAL, null);
    public static final ExprType BOOLEAN = new ExprType(Kind.BOOLEAN, null);
    public static final ExprType DATE = new ExprType(Kind.DATE, null);
    public static final ExprType DATETIME = new ExprType(Kind.DATETIME, null);
    public static final ExprType TIME = new ExprType(Kind.TIME, null);
    public static final ExprType USER = new ExprType(Kind.USER, null);
    public static final ExprType MULTI_CHOICE = new ExprType(Kind.MULTI_CHOICE, null);
    /** The type of the literal {@code null}: it fits every type. */
    public static final ExprType NULL = new ExprType(Kind.NULL, null);

    public ExprType {
        Objects.requireNonNull(kind, "kind");
        boolean hasEntity = kind == Kind.REFERENCE || kind == Kind.LINES;
        if (hasEntity && (entity == null || entity.isBlank())) {
            throw new IllegalArgumentException("A " + kind + " type names its entity");
        }
        if (!hasEntity && entity != null) {
            throw new IllegalArgumentException("Only references and lines name an entity, not " + kind);
        }
    }

    /** A reference to a record of {@code entity}. */
    public static ExprType reference(String entity) {
        return new ExprType(Kind.REFERENCE, entity);
    }

    /** The lines (child records) of {@code entity}. */
    public static ExprType lines(String entity) {
        return new ExprType(Kind.LINES, entity);
    }

    /** True for integers and decimals. */
    public boolean isNumeric() {
        return kind == Kind.INTEGER || kind == Kind.DECIMAL;
    }

    /**
     * True when a value of {@code other} may be used where this type is expected: the same type,
     * an integer where a decimal is expected, or null anywhere.
     */
    public boolean accepts(ExprType other) {
        return other.kind == Kind.NULL
                || equals(other)
                || (kind == Kind.DECIMAL && other.kind == Kind.INTEGER);
    }

    /** True for the types whose values have an order: numbers, texts, dates, datetimes and times. */
    boolean isOrdered() {
        return isNumeric() || kind == Kind.TEXT || isTemporal();
    }

    /** True for dates, datetimes and times. */
    boolean isTemporal() {
        return kind == Kind.DATE || kind == Kind.DATETIME || kind == Kind.TIME;
    }

    /** The type of a value that may be either of two types, or empty when they do not mix. */
    static Optional<ExprType> common(ExprType a, ExprType b) {
        if (a.accepts(b)) {
            return Optional.of(a);
        }
        if (b.accepts(a)) {
            return Optional.of(b);
        }
        return Optional.empty();
    }

    /** How people call this type: "text", "integer", "reference to product", "lines of invoice_line". */
    public String displayName() {
        return switch (kind) {
            case REFERENCE -> "reference to " + entity;
            case LINES -> "lines of " + entity;
            case MULTI_CHOICE -> "multiple choice";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }

    /** The display name with an article, for sentences: "a text", "an integer", "lines of x". */
    String withArticle() {
        return switch (kind) {
            case LINES, NULL -> displayName();
            case INTEGER -> "an integer";
            default -> "a " + displayName();
        };
    }

    @Override
    public String toString() {
        return displayName();
    }
}
