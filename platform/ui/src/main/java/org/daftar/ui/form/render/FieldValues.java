package org.daftar.ui.form.render;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;

/** Puts a stored value into a field component and reads it back, whatever the component's type. */
public final class FieldValues {

    private FieldValues() {}

    /**
     * Shows {@code value} in {@code component} when it is a field: {@code null} clears it (fields
     * such as a text field have an empty value of their own); a component that is not a field is
     * left as it is.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void set(Component component, Object value) {
        if (component instanceof HasValue field) {
            if (value == null) {
                field.clear();
            } else {
                field.setValue(value);
            }
        }
    }

    /** Calls {@code listener} with the new value whenever the value of {@code field} changes. */
    @SuppressWarnings("unchecked")
    public static com.vaadin.flow.shared.Registration onChange(HasValue<?, ?> field, java.util.function.Consumer<Object> listener) {
        return ((HasValue<HasValue.ValueChangeEvent<Object>, Object>) field)
                .addValueChangeListener(event -> listener.accept(event.getValue()));
    }

    /** The stored value of {@code component}: its value, with the empty text as {@code null}. */
    public static Object get(Component component) {
        if (component instanceof HasValue<?, ?> field) {
            Object value = field.getValue();
            return value instanceof String text && text.isEmpty() ? null : value;
        }
        return null;
    }
}
