package org.daftar.ui.form.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;

/**
 * How the cells of lines that are not being edited show their values, as the fields' editors would:
 * a reference by the display name of the record it points to, a choice by its option's label, a
 * number with its field's decimals in the user's language; anything else as {@link ValueText}.
 */
final class LineCellTexts {

    private LineCellTexts() {}

    /** The texts of the cells of {@code columns}, lines of {@code lineEntity}, in {@code locale}. */
    static LinesEditor.CellText of(EntityDef lineEntity, List<FieldDef> columns, Locale locale, RenderServices services) {
        ValueText plain = new ValueText(locale);
        Map<String, Function<Object, String>> texts = new HashMap<>();
        for (FieldDef column : columns) {
            FieldType type = column.builtInType().orElse(null);
            if (type == FieldType.REFERENCE) {
                services.definitions().entity(lineEntity.appId(), column.settings().entity()).ifPresent(target -> {
                    ReferenceLookup lookup = new ReferenceLookup(services.gateway(), target,
                            services.catalog().displayTemplate(target.qualifiedId()).orElse(null));
                    texts.put(column.name(), value -> value instanceof Number id ? lookup.label(id.longValue()) : plain.of(value));
                });
            } else if (type == FieldType.CHOICE) {
                texts.put(column.name(), value -> choice(column, locale, value));
            } else if (type == FieldType.DECIMAL || type == FieldType.MONEY || type == FieldType.PERCENT
                    || type == FieldType.COMPUTED) {
                int scale = column.settings().scale() != null ? column.settings().scale() : 2;
                texts.put(column.name(), value -> value instanceof BigDecimal number
                        ? plain.of(number.setScale(scale, RoundingMode.HALF_UP)) : plain.of(value));
            }
        }
        return (column, value) -> texts.getOrDefault(column.name(), plain::of).apply(value);
    }

    private static String choice(FieldDef column, Locale locale, Object value) {
        if (value instanceof Collection<?> chosen) {
            return chosen.stream().map(one -> choice(column, locale, one)).collect(Collectors.joining(", "));
        }
        String text = String.valueOf(value);
        return column.settings().options().stream().filter(option -> option.value().equals(text)).findFirst()
                .map(option -> option.label() == null ? option.value() : option.label().in(locale)).orElse(text);
    }
}
