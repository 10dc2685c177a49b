package org.daftar.ui.form.render;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;

/**
 * One option of a choice, picked from a combo box of the options' labels, filtered as the user
 * types; its value is the chosen option's value ({@code null} when none).
 *
 * <p>The options are few and fixed, so they go to the browser once, with the combo box web
 * component: the server keeps the value and no data provider, item keys or search handling, which
 * a Flow {@code ComboBox} would keep for every choice field of every open form.
 */
@Tag("vaadin-combo-box")
public class ChoiceBox extends AbstractSinglePropertyField<ChoiceBox, String>
        implements HasLabel, HasHelper, HasValidationProperties, HasSize, HasStyle, Focusable<ChoiceBox> {

    /** The items of choice fields, by owner and language; weak keys, so that replaced definitions go. */
    private static final Map<Object, Map<Locale, ArrayNode>> SHARED_ITEMS = Collections.synchronizedMap(new WeakHashMap<>());

    private final List<String> options;
    private final Function<String, String> label;

    /**
     * @param options the options' values, in order
     * @param label an option's label in the user's language
     */
    public ChoiceBox(List<String> options, Function<String, String> label) {
        super("value", null, String.class, ChoiceBox::fromBrowser, value -> value == null ? "" : value);
        this.options = List.copyOf(options);
        this.label = label;
        getElement().setPropertyJson("items", items(this.options, label));
        getElement().setProperty("clearButtonVisible", true);
        getElement().setProperty("manualValidation", true);
    }

    /**
     * Shares the options' items among the forms that show the field, per language: they are the
     * same for every session, so they are kept once.
     *
     * @param owner what the options belong to (a field's settings), kept as long as it is in use
     * @param locale the language of the labels
     */
    public ChoiceBox(Object owner, Locale locale, List<String> options, Function<String, String> label) {
        super("value", null, String.class, ChoiceBox::fromBrowser, value -> value == null ? "" : value);
        this.options = List.copyOf(options);
        this.label = label;
        getElement().setPropertyJson("items", SHARED_ITEMS.computeIfAbsent(owner, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(locale, k -> items(this.options, label)));
        getElement().setProperty("clearButtonVisible", true);
        getElement().setProperty("manualValidation", true);
    }

    private static ArrayNode items(List<String> options, Function<String, String> label) {
        ArrayNode items = JacksonUtils.createArrayNode();
        for (String option : options) {
            items.add(JacksonUtils.createObjectNode().put("label", label.apply(option)).put("value", option));
        }
        return items;
    }

    /** Lets the user type a value that is not an option (a user's name), kept without surrounding spaces. */
    public ChoiceBox allowingOtherValues() {
        getElement().setProperty("allowCustomValue", true);
        return this;
    }

    /** True when the user may type a value that is not an option. */
    public boolean allowsOtherValues() {
        return getElement().getProperty("allowCustomValue", false);
    }

    /** The options' values, in order. */
    public List<String> getOptions() {
        return options;
    }

    /** How the option {@code value} is shown. */
    public String getLabelOf(String value) {
        return value == null ? "" : label.apply(value);
    }

    private static String fromBrowser(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
