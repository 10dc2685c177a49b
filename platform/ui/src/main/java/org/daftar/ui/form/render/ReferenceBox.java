package org.daftar.ui.form.render;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the record a reference points to: a combo box that searches the referenced entity as the
 * user types and loads its items page by page, and, when the user may create such records, a
 * "create new" button. Its value is the referenced record's id.
 */
public class ReferenceBox extends AbstractCompositeField<HorizontalLayout, ReferenceBox, Long>
        implements HasLabel, HasHelper, HasValidationProperties {

    private final ComboBox<Long> combo = new ComboBox<>();
    private final ReferenceLookup lookup;
    private Button createNew;

    public ReferenceBox(ReferenceLookup lookup) {
        super(null);
        this.lookup = lookup;
        combo.setItems(query -> lookup.page(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream()
                .map(ReferenceLookup.Item::id));
        combo.setItemLabelGenerator(lookup::label);
        combo.setClearButtonVisible(true);
        combo.setWidthFull();
        combo.addValueChangeListener(event -> setModelValue(event.getValue(), event.isFromClient()));
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().setWidthFull();
        getContent().setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getContent().add(combo);
    }

    /** Offers "create new": {@code creator} opens the referenced entity's form. */
    public ReferenceBox withCreateNew(ReferenceCreator creator, Locale locale) {
        createNew = new Button(VaadinIcon.PLUS.create(), click -> creator.create(lookup.target().qualifiedId(), null, id -> {
            lookup.label(id);
            setValue(id);
        }));
        createNew.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        createNew.setAriaLabel(FormTexts.get(locale, "form.reference.create",
                lookup.target().labelOrName().in(locale)));
        createNew.setTooltipText(createNew.getAriaLabel().orElse(null));
        getContent().add(createNew);
        return this;
    }

    /** The combo box: its items are the search results. */
    public ComboBox<Long> getComboBox() {
        return combo;
    }

    /** The "create new" button, when offered. */
    public Optional<Button> getCreateNewButton() {
        return Optional.ofNullable(createNew);
    }

    /** How the chosen record is shown. */
    public String getText() {
        return lookup.label(getValue());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        combo.setReadOnly(readOnly);
        if (createNew != null) {
            createNew.setVisible(!readOnly);
        }
    }

    @Override
    public void setLabel(String label) {
        combo.setLabel(label);
    }

    @Override
    public String getLabel() {
        return combo.getLabel();
    }

    @Override
    public void setHelperText(String text) {
        combo.setHelperText(text);
    }

    @Override
    public String getHelperText() {
        return combo.getHelperText();
    }

    @Override
    public void setErrorMessage(String message) {
        combo.setErrorMessage(message);
    }

    @Override
    public String getErrorMessage() {
        return combo.getErrorMessage();
    }

    @Override
    public void setInvalid(boolean invalid) {
        combo.setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return combo.isInvalid();
    }

    @Override
    public void setRequiredIndicatorVisible(boolean visible) {
        combo.setRequiredIndicatorVisible(visible);
    }

    @Override
    protected void setPresentationValue(Long value) {
        combo.setValue(value);
    }
}
