package org.daftar.ui.form.render;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.daftar.model.entity.FieldSettings;
import org.daftar.plugin.render.FieldContext;

/**
 * The text fields: text, long text, e-mail, phone and web address. Their values change as the user
 * types (lazily), so the form's rules follow the typing. E-mail addresses, phone numbers and web
 * addresses are written left to right also on Arabic screens.
 */
final class TextInputs {

    private TextInputs() {}

    static TextField text(FieldContext context) {
        TextField field = new TextField();
        limit(field, context.field().settings());
        field.setValueChangeMode(ValueChangeMode.LAZY);
        return field;
    }

    static TextArea longText(FieldContext context) {
        TextArea area = new TextArea();
        FieldSettings settings = context.field().settings();
        if (settings.maxLength() != null) {
            area.setMaxLength(settings.maxLength());
        }
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setMinRows(3);
        return area;
    }

    static EmailField email(FieldContext context) {
        EmailField field = new EmailField();
        field.setValueChangeMode(ValueChangeMode.LAZY);
        leftToRight(field);
        return field;
    }

    static TextField phone(FieldContext context) {
        TextField field = text(context);
        field.setAllowedCharPattern("[0-9+\\-() \\u0660-\\u0669]");
        leftToRight(field);
        return field;
    }

    static TextField url(FieldContext context) {
        TextField field = text(context);
        field.setPlaceholder("https://");
        leftToRight(field);
        return field;
    }

    private static void limit(TextField field, FieldSettings settings) {
        if (settings.maxLength() != null) {
            field.setMaxLength(settings.maxLength());
        }
        if (settings.minLength() != null) {
            field.setMinLength(settings.minLength());
        }
    }

    private static void leftToRight(com.vaadin.flow.component.Component field) {
        field.getElement().setAttribute("dir", "ltr");
    }
}
