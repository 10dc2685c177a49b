package org.daftar.ui.form.render;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Objects;

/**
 * Shows a value that nobody types: a computed field, or a field no renderer knows. Its value is the
 * stored value itself, shown in the user's language ({@link ValueText}).
 */
public class ValueDisplay extends AbstractCompositeField<TextField, ValueDisplay, Object>
        implements HasLabel, HasHelper, HasValidationProperties {

    private final ValueText text;

    public ValueDisplay(Locale locale) {
        super(null);
        this.text = new ValueText(locale);
        getContent().setReadOnly(true);
        getContent().addThemeName("align-end");
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(true);
    }

    @Override
    protected boolean valueEquals(Object a, Object b) {
        return Objects.equals(text.of(a), text.of(b));
    }

    @Override
    protected void setPresentationValue(Object value) {
        getContent().setValue(text.of(value));
    }

    /** The value as shown. */
    public String getText() {
        return getContent().getValue();
    }
}
