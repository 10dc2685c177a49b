package org.daftar.plugins.iban;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daftar.model.LocalizedText;
import org.daftar.model.entity.CustomFieldType;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.expression.ExprType;

/**
 * The field type {@code iban}: an International Bank Account Number, stored as text without
 * spaces ({@code SA0380000000608010167519}).
 *
 * <p>The record schema checks the stored form; {@link #problems} then checks what a pattern
 * cannot: that the country uses IBANs, the length and layout of that country's IBANs, and the
 * check digits.
 */
public final class IbanFieldType implements CustomFieldType {

    /** The name definitions use: {@code type: iban}. */
    public static final String NAME = "iban";

    /** The longest IBAN of any country. */
    static final int MAX_LENGTH = 34;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("IBAN", "رقم الآيبان");
    }

    @Override
    public ExprType valueType() {
        return ExprType.TEXT;
    }

    @Override
    public Map<String, Object> recordSchema(FieldDef field) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        schema.put("pattern", "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$");
        schema.put("maxLength", MAX_LENGTH);
        return Collections.unmodifiableMap(schema);
    }

    /**
     * What is wrong with an IBAN, the first thing found; empty when it is valid or empty. The
     * value is checked as it would be stored, so {@code sa03 8000 ...} is checked as
     * {@code SA038000...}.
     */
    /** Spaces removed, capitals, Arabic-Indic digits as ASCII: the form that is stored and checked. */
    @Override
    public Object normalise(Object value) {
        return value instanceof String text ? Iban.normalise(text) : value;
    }

    @Override
    public List<LocalizedText> problems(Object value) {
        if (value == null || "".equals(value)) {
            return List.of();
        }
        if (!(value instanceof CharSequence text)) {
            return List.of(IbanMessages.notText());
        }
        return IbanCheck.problem(text.toString()).stream().toList();
    }
}
