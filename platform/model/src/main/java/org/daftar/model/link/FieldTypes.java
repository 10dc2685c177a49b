package org.daftar.model.link;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.daftar.model.entity.CustomFieldType;
import org.daftar.model.entity.FieldType;

/** The field types a definition may use: the built-in ones and those that plugins add. */
public final class FieldTypes {

    private final Map<String, CustomFieldType> custom = new LinkedHashMap<>();

    public FieldTypes(Collection<CustomFieldType> customTypes) {
        for (CustomFieldType type : customTypes) {
            if (FieldType.named(type.name()).isPresent()) {
                throw new IllegalArgumentException("The plugin field type '" + type.name() + "' has the name of a built-in type");
            }
            CustomFieldType earlier = custom.putIfAbsent(type.name(), type);
            if (earlier != null && earlier != type) {
                throw new IllegalArgumentException("Two plugins add the field type '" + type.name() + "': "
                        + earlier.getClass().getName() + " and " + type.getClass().getName());
            }
        }
    }

    public boolean isKnown(String type) {
        return FieldType.named(type).isPresent() || custom.containsKey(type);
    }

    public Optional<CustomFieldType> custom(String type) {
        return Optional.ofNullable(custom.get(type));
    }

    /** Every type name, built-in first. */
    public List<String> names() {
        return Stream.concat(Arrays.stream(FieldType.values()).map(FieldType::typeName), custom.keySet().stream()).toList();
    }
}
