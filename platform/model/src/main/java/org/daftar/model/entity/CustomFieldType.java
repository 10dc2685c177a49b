package org.daftar.model.entity;

import java.util.List;
import java.util.Map;
import org.daftar.model.LocalizedText;
import org.daftar.model.expression.ExprType;

/**
 * A field type added by a plugin. Daftar uses it wherever a built-in type is used: in
 * definitions ({@code type: NAME}), in record schemas, in expressions and when a value is saved.
 *
 * <p>Example, a type for ISO 3166 country codes:
 *
 * <pre>{@code
 * public final class CountryCodeType implements CustomFieldType {
 *     public String name() { return "country"; }
 *     public LocalizedText label() { return LocalizedText.of("Country", "الدولة"); }
 *     public ExprType valueType() { return ExprType.TEXT; }
 *     public Map<String, Object> recordSchema(FieldDef field) {
 *         return Map.of("type", "string", "pattern", "^[A-Z]{2}$");
 *     }
 *     public List<LocalizedText> problems(Object value) {
 *         return Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(value)
 *                 ? List.of() : List.of(LocalizedText.of("Unknown country", "دولة غير معروفة"));
 *     }
 * }
 * }</pre>
 */
public interface CustomFieldType {

    /** The name definitions use, lower case with {@code -}: {@code iban}. */
    String name();

    LocalizedText label();

    /** How expressions see a value of this type (text, decimal, ...). */
    ExprType valueType();

    /** The JSON Schema (draft 2020-12) of a value, as maps, lists and plain values. */
    Map<String, Object> recordSchema(FieldDef field);

    /** What is wrong with a value that passed the schema; empty when it is valid. */
    List<LocalizedText> problems(Object value);

    /**
     * The value as it is stored, from what a person typed (an IBAN without its spaces, in capitals);
     * called before the value is checked, on every path (form, import, API). Unchanged by default.
     */
    default Object normalise(Object value) {
        return value;
    }
}
