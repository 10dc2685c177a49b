package org.daftar.data.record;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.daftar.model.LocalizedText;
import org.daftar.model.entity.CustomFieldType;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.expression.ExprType;

/** A plugin field type for the tests: ISO 3166 country codes, typed in any case, stored in capitals. */
final class CountryCodeType implements CustomFieldType {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Override
    public String name() {
        return "country";
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("Country", "الدولة");
    }

    @Override
    public ExprType valueType() {
        return ExprType.TEXT;
    }

    @Override
    public Map<String, Object> recordSchema(FieldDef field) {
        return Map.of("type", "string", "pattern", "^[A-Z]{2}$");
    }

    @Override
    public Object normalise(Object value) {
        return value instanceof String text ? text.strip().toUpperCase(Locale.ROOT) : value;
    }

    @Override
    public List<LocalizedText> problems(Object value) {
        return COUNTRIES.contains(value) ? List.of() : List.of(LocalizedText.of("'" + value + "' is not a country code",
                "'" + value + "' ليس رمز دولة"));
    }
}
