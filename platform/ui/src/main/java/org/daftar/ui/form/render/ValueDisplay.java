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
    private final Integer scale;

    public ValueDisplay(Locale locale) {
        this(locale, null);
    }

    /** @param scale the decimals a decimal value is shown with, or {@code null} for as it is */
    public ValueDisplay(Locale locale, Integer scale) {
        super(null);
        this.text = new ValueText(locale);
        this.scale = scale;
        getContent().setReadOnly(true);
        getContent().addThemeName("align-end");
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(true);
    }

    @Override
    protected boolean valueEquals(Object a, Object b) {
        return Objects.equals(shown(a), shown(b));
    }

    @Override
    protected void setPresentationValue(Object value) {
        getContent().setValue(shown(value));
    }

    private String shown(Object value) {
        if (scale != null && value instanceof java.math.BigDecimal number) {
            return text.of(number.setScale(scale, java.math.RoundingMode.HALF_UP));
        }
        return text.of(value);
    }

    /** The value as shown. */
    public String getText() {
        return getContent().getValue();
    }
}
