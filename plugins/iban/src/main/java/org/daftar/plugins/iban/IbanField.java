package org.daftar.plugins.iban;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A field to type an IBAN in. Its value is the stored form ({@code SA0380000000608010167519});
 * it shows the printed form ({@code SA03 8000 0000 6080 1016 7519}) and accepts what people
 * type or paste: spaces, lower case, Arabic-Indic digits. The empty value is {@code ""}.
 *
 * <p>The text field has the class name {@code daftar-iban}: the themes write it left to right,
 * in tabular figures, also on Arabic screens.
 */
public class IbanField extends AbstractCompositeField<TextField, IbanField, String> {

    /** The class name of the text field, for themes. */
    public static final String CLASS_NAME = "daftar-iban";

    public IbanField() {
        super("");
        TextField text = getContent();
        text.addClassName(CLASS_NAME);
        text.setAllowedCharPattern("[A-Za-z0-9\\s\\u0660-\\u0669\\u06F0-\\u06F9]");
        text.addValueChangeListener(event -> {
            String stored = Iban.normalise(event.getValue());
            setModelValue(stored, event.isFromClient());
            String printed = Iban.format(stored);
            if (!printed.equals(event.getValue())) {
                text.setValue(printed);
            }
        });
    }

    public IbanField(String label) {
        this();
        setLabel(label);
    }

    /** Sets the value, normalised: {@code setValue("sa03 8000 ...")} stores {@code SA038000...}. */
    @Override
    public void setValue(String value) {
        super.setValue(Iban.normalise(value));
    }

    @Override
    protected void setPresentationValue(String value) {
        getContent().setValue(Iban.format(value));
    }

    public void setLabel(String label) {
        getContent().setLabel(label);
    }

    public String getLabel() {
        return getContent().getLabel();
    }

    public void setHelperText(String helperText) {
        getContent().setHelperText(helperText);
    }

    /** Shows a problem under the field; {@code null} for none. */
    public void setErrorMessage(String message) {
        getContent().setErrorMessage(message);
        getContent().setInvalid(message != null);
    }

    /** What the field shows: the printed form. */
    String printed() {
        return getContent().getValue();
    }

    /** As if the user typed {@code text} and left the field. */
    void typeIn(String text) {
        getContent().setValue(text);
    }
}
