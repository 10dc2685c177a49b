package org.daftar.model.entity;

import java.math.BigDecimal;
import java.util.List;
import org.daftar.model.ExpressionText;

/**
 * The settings that only some field types have; each is {@code null} (or empty) when not given.
 * Which settings a type accepts is stated by the entity JSON Schema and in the language guide.
 *
 * @param min a number, or an ISO date for date fields, or the least count of lines
 * @param max a number, or an ISO date for date fields, or the greatest count of lines
 * @param entity for references and lines: the entity pointed to ({@code id} or {@code app.id})
 * @param maxSize for attachments: the largest file, e.g. {@code 10MB}
 */
public record FieldSettings(
        Integer maxLength,
        Integer minLength,
        String pattern,
        Object min,
        Object max,
        Integer precision,
        Integer scale,
        String currency,
        String currencyField,
        List<ChoiceOption> options,
        boolean multiple,
        String entity,
        String autoNumberPattern,
        ExpressionText expression,
        String resultType,
        String maxSize,
        List<String> accept) {

    public static final FieldSettings NONE = new FieldSettings(
            null, null, null, null, null, null, null, null, null, List.of(), false, null, null, null,
            null, null, List.of());

    public FieldSettings {
        options = options == null ? List.of() : List.copyOf(options);
        accept = accept == null ? List.of() : List.copyOf(accept);
    }

    public BigDecimal minNumber() {
        return min instanceof BigDecimal number ? number : null;
    }

    public BigDecimal maxNumber() {
        return max instanceof BigDecimal number ? number : null;
    }
}
