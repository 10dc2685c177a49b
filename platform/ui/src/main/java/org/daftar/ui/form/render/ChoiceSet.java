package org.daftar.ui.form.render;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Several options of a multiple choice, shown by their labels; its value is the chosen option
 * values in the order of the options, as the record service stores them ({@code null} when none).
 */
public class ChoiceSet extends AbstractCompositeField<MultiSelectComboBox<String>, ChoiceSet, List<String>>
        implements HasLabel, HasHelper, HasValidationProperties {

    private final List<String> options;

    public ChoiceSet(List<String> options, Function<String, String> label) {
        super(null);
        this.options = List.copyOf(options);
        getContent().setItems(options);
        getContent().setItemLabelGenerator(label::apply);
        getContent().addValueChangeListener(event -> setModelValue(ordered(event.getValue()), event.isFromClient()));
    }

    @Override
    protected void setPresentationValue(List<String> value) {
        getContent().setValue(value == null ? new LinkedHashSet<>() : new LinkedHashSet<>(value));
    }

    @Override
    protected boolean valueEquals(List<String> a, List<String> b) {
        return java.util.Objects.equals(ordered(a == null ? List.of() : a), ordered(b == null ? List.of() : b));
    }

    private List<String> ordered(Collection<String> chosen) {
        List<String> values = new ArrayList<>(options.stream().filter(chosen::contains).toList());
        return values.isEmpty() ? null : values;
    }
}
