package org.daftar.ui.form.render;

import com.vaadin.flow.component.Component;
import org.daftar.plugin.render.FieldContext;
import org.daftar.plugin.render.FieldRenderer;

/**
 * Shows a field that no renderer applies to (a plugin's field type whose plugin brings no
 * renderer, say): its raw value, read-only, with a note naming the type, so that the form still
 * opens and the value is not lost on save.
 */
public final class UnknownFieldRenderer implements FieldRenderer {

    @Override
    public int rank(FieldContext context) {
        return NOT_APPLICABLE;
    }

    @Override
    public Component render(FieldContext context) {
        ValueDisplay display = new ValueDisplay(context.locale());
        display.setId("field-" + context.field().name());
        display.setLabel(context.label());
        display.setHelperText(FormTexts.get(context.locale(), "form.unknown.note", context.type()));
        display.addClassName("daftar-unknown-field");
        return display;
    }
}
