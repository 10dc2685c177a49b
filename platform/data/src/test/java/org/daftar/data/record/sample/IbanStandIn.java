package org.daftar.data.record.sample;

import java.util.List;
import java.util.Map;
import org.daftar.model.LocalizedText;
import org.daftar.model.entity.CustomFieldType;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.expression.ExprType;

/**
 * The {@code iban} field type the built-in apps use, as its record schema states it: the data
 * module does not depend on the plugin, and these tests load sample data, not check IBANs.
 */
final class IbanStandIn implements CustomFieldType {

    @Override
    public String name() {
        return "iban";
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
        return Map.of("type", "string", "pattern", "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$", "maxLength", 34);
    }

    @Override
    public Object normalise(Object value) {
        return value instanceof String text ? text.replace(" ", "").toUpperCase(java.util.Locale.ROOT) : value;
    }

    @Override
    public List<LocalizedText> problems(Object value) {
        return List.of();
    }
}
