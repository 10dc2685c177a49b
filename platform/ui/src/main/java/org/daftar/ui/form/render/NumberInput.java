package org.daftar.ui.form.render;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A number typed in the user's language: shown with the language's digits and separators
 * ({@code 1,234.50}, {@code ١٬٢٣٤٫٥٠}), accepting Latin or Arabic-Indic digits. Its value is what
 * the record service stores: a {@link Long} for whole numbers, a {@link BigDecimal} at the field's
 * scale for decimals, money and percentages; {@code null} when empty. Text that is not a number
 * leaves the value empty and the field marked invalid.
 */
public class NumberInput extends AbstractCompositeField<TextField, NumberInput, Number>
        implements HasLabel, HasHelper, HasValidationProperties {

    private final boolean whole;
    private final Integer scale;
    private final Locale locale;
    private boolean unreadable;
    private boolean presenting;

    /**
     * @param whole true for whole numbers ({@code Long} values)
     * @param scale the decimals a decimal value is shown and kept with, or {@code null} for as typed
     */
    public NumberInput(boolean whole, Integer scale, Locale locale) {
        super(null);
        this.whole = whole;
        this.scale = scale;
        this.locale = Objects.requireNonNull(locale, "locale");
        TextField text = getContent();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setAllowedCharPattern("[0-9\\u0660-\\u0669\\u06F0-\\u06F9.,\\u066B\\u066C\\-\\s]");
        text.addThemeName("align-end");
        text.addValueChangeListener(event -> {
            if (!presenting) {
                typed(event.getValue(), event.isFromClient());
            }
        });
    }

    /** Puts {@code unit} ({@code SAR}, {@code %}) after the number. */
    public NumberInput withSuffix(String unit) {
        getContent().setSuffixComponent(new Span(unit));
        return this;
    }

    /** True when the text typed is not a number. */
    public boolean isUnreadable() {
        return unreadable;
    }

    /** The text shown, in the user's language. */
    public String getText() {
        return getContent().getValue();
    }

    /** Types {@code text} as the user would. */
    public void setText(String text) {
        presenting = true;
        try {
            getContent().setValue(text);
        } finally {
            presenting = false;
        }
        typed(text, true);
    }

    @Override
    public void setValue(Number value) {
        super.setValue(normalise(value));
    }

    @Override
    protected boolean valueEquals(Number a, Number b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    @Override
    protected void setPresentationValue(Number value) {
        unreadable = false;
        presenting = true;
        try {
            getContent().setValue(format(value));
        } finally {
            presenting = false;
        }
    }

    private void typed(String text, boolean fromClient) {
        try {
            Number value = parse(text);
            unreadable = false;
            setInvalid(false);
            setModelValue(value, fromClient);
        } catch (NumberFormatException e) {
            unreadable = true;
            setErrorMessage(FormTexts.get(locale, "form.number.invalid", text));
            setInvalid(true);
            setModelValue(null, fromClient);
        }
    }

    private Number normalise(Number value) {
        if (value == null) {
            return null;
        }
        BigDecimal number = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        if (whole) {
            return number.setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
        return scale == null ? number : number.setScale(scale, RoundingMode.HALF_UP);
    }

    Number parse(String text) {
        String plain = latin(text == null ? "" : text.strip());
        if (plain.isEmpty()) {
            return null;
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        String grouping = String.valueOf(symbols.getGroupingSeparator());
        String decimal = String.valueOf(symbols.getDecimalSeparator());
        plain = plain.replace(grouping, "").replace("\u066C", "").replace(" ", "").replace("\u00A0", "")
                .replace(decimal, ".").replace("\u066B", ".");
        if (!".".equals(decimal)) {
            plain = plain.replace(",", ".");
        } else {
            plain = plain.replace(",", "");
        }
        return normalise(new BigDecimal(plain));
    }

    String format(Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        if (format instanceof DecimalFormat decimalFormat) {
            decimalFormat.setParseBigDecimal(true);
        }
        int decimals = whole ? 0 : scale != null ? scale : Math.max(0, new BigDecimal(value.toString()).scale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** Arabic-Indic and Eastern Arabic-Indic digits as Latin ones. */
    private static String latin(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + c - '\u06F0'));
            } else if (c == '\u2212') {
                out.append('-');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
