package org.daftar.security.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.daftar.model.Definitions;
import org.daftar.model.app.App;
import org.daftar.model.app.UserAttribute;

/** Types the stored text of user attributes by the apps' {@code userAttributes}. */
final class UserAttributes {

    private UserAttributes() {}

    static Map<String, Map<String, Object>> typed(Definitions definitions, Map<String, Map<String, String>> texts) {
        Map<String, Map<String, Object>> typed = new HashMap<>();
        texts.forEach((appId, values) -> definitions.app(appId).ifPresent(app -> {
            Map<String, Object> appValues = new HashMap<>();
            values.forEach((name, text) -> attribute(app, name).ifPresent(attribute -> {
                Object value = value(attribute, text);
                if (value != null) {
                    appValues.put(name, value);
                }
            }));
            typed.put(appId, appValues);
        }));
        return typed;
    }

    private static java.util.Optional<UserAttribute> attribute(App app, String name) {
        return app.def().userAttributes().stream().filter(a -> a.id().equals(name)).findFirst();
    }

    /** The value, or {@code null} when the text does not fit the type (then the attribute is unset). */
    static Object value(UserAttribute attribute, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return switch (attribute.type()) {
                case "reference", "integer" -> Long.valueOf(text.trim());
                case "decimal", "money", "percent" -> new BigDecimal(text.trim());
                case "boolean" -> Boolean.valueOf(text.trim());
                case "date" -> LocalDate.parse(text.trim());
                default -> text;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }
}
