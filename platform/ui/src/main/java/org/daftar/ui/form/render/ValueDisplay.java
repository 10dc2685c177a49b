package org.daftar.ui.form.render;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.Locale;
import java.util.Objects;

/**
 * Shows a value that nobody types: a computed field, or a field no renderer knows. Its value is the
 * stored value itself, shown in the user's language ({@link ValueText}) in a read-only text field.
 *
 * <p>The text field is the web component alone, not a Flow {@code TextField}: nothing the browser
 * sends can change a value nobody types, so the server keeps no listener for it — a form shows
 * several computed fields, and each would otherwise cost the session a text field's machinery.
 */
@Tag("vaadin-text-field")
public class ValueDisplay extends AbstractField<ValueDisplay, Object>
        implements HasLabel, HasHelper, HasValidationProperties, HasSize, HasStyle {

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
        getElement().setProperty("readonly", true);
        getElement().setProperty("manualValidation", true);
        getElement().getThemeList().add("align-end");
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        getElement().setProperty("readonly", true);
    }

    @Override
    public boolean isReadOnly() {
        return true;
    }

    @Override
    protected boolean valueEquals(Object a, Object b) {
        return Objects.equals(shown(a), shown(b));
    }

    @Override
    protected void setPresentationValue(Object value) {
        getElement().setProperty("value", shown(value));
    }

    private String shown(Object value) {
        if (scale != null && value instanceof java.math.BigDecimal number) {
            return text.of(number.setScale(scale, java.math.RoundingMode.HALF_UP));
        }
        return text.of(value);
    }

    /** The value as shown. */
    public String getText() {
        return getElement().getProperty("value", "");
    }
}
