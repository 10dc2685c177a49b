package org.daftar.ui.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.form.FormFieldDef;
import org.daftar.ui.form.render.FieldValues;

/**
 * One field placed on a form: its definitions, the component its renderer made, whether it can be
 * edited at all (not generated, not read-only, the user may change it), and its rules.
 */
final class FieldSlot {

    private final FormFieldDef placed;
    private final FieldDef field;
    private final Component component;
    private final boolean editable;
    private final FieldRules rules;

    FieldSlot(FormFieldDef placed, FieldDef field, Component component, boolean editable) {
        this.placed = placed;
        this.field = field;
        this.component = component;
        this.editable = editable;
        this.rules = new FieldRules(placed);
    }

    String name() {
        return field.name();
    }

    FieldDef field() {
        return field;
    }

    FormFieldDef placed() {
        return placed;
    }

    Component component() {
        return component;
    }

    /** True when the user may ever change the value (rules may still make it read-only for a while). */
    boolean editable() {
        return editable;
    }

    FieldRules rules() {
        return rules;
    }

    Object value() {
        return FieldValues.get(component);
    }

    void show(Object value) {
        FieldValues.set(component, value);
    }

    /** Applies what the rules say now. */
    void apply(FieldRules.State state) {
        component.setVisible(state.visible());
        if (component instanceof HasValue<?, ?> input) {
            input.setReadOnly(!editable || state.readOnly());
            input.setRequiredIndicatorVisible(editable && !state.readOnly() && (field.required() || state.required()));
        }
    }

    void showMessage(String message) {
        if (component instanceof HasValidation validated) {
            validated.setErrorMessage(message);
            validated.setInvalid(true);
        }
    }

    boolean canShowMessages() {
        return component instanceof HasValidation && component.isVisible();
    }

    /** Takes a save's message away; a number that cannot be read keeps its own. */
    void clearMessage() {
        if (component instanceof org.daftar.ui.form.render.NumberInput number && number.isUnreadable()) {
            return;
        }
        if (component instanceof HasValidation validated) {
            validated.setInvalid(false);
            validated.setErrorMessage(null);
        }
    }
}
