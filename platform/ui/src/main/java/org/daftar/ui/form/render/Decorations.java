package org.daftar.ui.form.render;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValueAndElement;
import org.daftar.plugin.render.FieldContext;

/**
 * What every built-in renderer does to its component: the label and help text in the user's
 * language, read-only when the context says so, the required mark, validation left to the form
 * (so that the record service's message is the one shown), and an id for tests and themes.
 */
final class Decorations {

    private Decorations() {}

    static <C extends Component> C apply(FieldContext context, C component) {
        component.setId("field-" + context.field().name());
        if (component instanceof HasLabel labelled) {
            labelled.setLabel(context.label());
        }
        if (component instanceof HasHelper helped && context.help() != null) {
            helped.setHelperText(context.help());
        }
        if (component instanceof HasValidation validated) {
            validated.setManualValidation(true);
        }
        if (component instanceof HasValueAndElement<?, ?> field) {
            field.setReadOnly(context.readOnly());
            field.setRequiredIndicatorVisible(context.field().required() && !context.readOnly());
        } else if (component instanceof HasValue<?, ?> field) {
            field.setReadOnly(context.readOnly());
        }
        return component;
    }
}
