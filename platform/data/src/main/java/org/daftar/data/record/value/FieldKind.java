package org.daftar.data.record.value;

import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.expression.ExprType;
import org.daftar.model.link.TypeResolver;

/**
 * What a field holds, as far as storing it goes, and the Java type of its values in records:
 *
 * <table>
 *   <tr><th>kind</th><th>Java</th><th>fields</th></tr>
 *   <tr><td>TEXT</td><td>String</td><td>text, long-text, email, phone, url, choice, user, auto-number</td></tr>
 *   <tr><td>INTEGER</td><td>Long</td><td>integer</td></tr>
 *   <tr><td>DECIMAL</td><td>BigDecimal</td><td>decimal, money, percent</td></tr>
 *   <tr><td>BOOLEAN</td><td>Boolean</td><td>boolean</td></tr>
 *   <tr><td>DATE</td><td>LocalDate</td><td>date</td></tr>
 *   <tr><td>DATETIME</td><td>OffsetDateTime</td><td>date-time</td></tr>
 *   <tr><td>TIME</td><td>LocalTime</td><td>time</td></tr>
 *   <tr><td>MULTI_CHOICE</td><td>List&lt;String&gt;</td><td>choice with multiple: true</td></tr>
 *   <tr><td>REFERENCE</td><td>Long (the id)</td><td>reference</td></tr>
 *   <tr><td>ATTACHMENT</td><td>Map (or List of Map)</td><td>attachment</td></tr>
 *   <tr><td>LINES</td><td>List of Map</td><td>lines (a table of their own)</td></tr>
 * </table>
 *
 * <p>Computed fields and plugin types take the kind of their expression type.
 */
public enum FieldKind {
    TEXT, INTEGER, DECIMAL, BOOLEAN, DATE, DATETIME, TIME, MULTI_CHOICE, REFERENCE, ATTACHMENT, LINES;

    /**
     * The kind of {@code field} of {@code entity}: attachments and lines are stored as themselves,
     * every other field as the type expressions see it (so computed and plugin types follow too).
     */
    public static FieldKind of(EntityDef entity, FieldDef field, TypeResolver types) {
        if (field.is(FieldType.ATTACHMENT)) {
            return ATTACHMENT;
        }
        if (field.is(FieldType.LINES)) {
            return LINES;
        }
        return ofExpressionType(types.typeOf(entity, field));
    }

    /** The kind of a value of an expression type; anything without a kind of its own is text. */
    public static FieldKind ofExpressionType(ExprType type) {
        return switch (type.kind()) {
            case INTEGER -> INTEGER;
            case DECIMAL -> DECIMAL;
            case BOOLEAN -> BOOLEAN;
            case DATE -> DATE;
            case DATETIME -> DATETIME;
            case TIME -> TIME;
            case REFERENCE -> REFERENCE;
            case MULTI_CHOICE -> MULTI_CHOICE;
            default -> TEXT;
        };
    }

    /**
     * The scale decimals of {@code field} are stored with, or {@code null} when not fixed: a decimal,
     * money or percent field's {@code scale} (2 by default), a computed field's {@code scale}, or 2
     * for a computed field whose result type is money or percent.
     */
    public static Integer scaleOf(FieldDef field) {
        Integer scale = field.settings().scale();
        if (field.is(FieldType.DECIMAL) || field.is(FieldType.MONEY) || field.is(FieldType.PERCENT)) {
            return scale != null ? scale : 2;
        }
        String resultType = field.is(FieldType.COMPUTED) ? field.settings().resultType() : null;
        if (scale == null && (FieldType.MONEY.typeName().equals(resultType) || FieldType.PERCENT.typeName().equals(resultType))) {
            return 2; // as a money or percent field would keep it
        }
        return scale;
    }
}
