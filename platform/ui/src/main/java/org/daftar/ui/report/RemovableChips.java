package org.daftar.ui.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a part of the report being built holds (its computed columns, groups or measures), as chips
 * with a × that takes the item out of the draft.
 */
final class RemovableChips extends FlexLayout {

    private final Runnable changed;

    /**
     * @param changed called after the user removed an item
     */
    RemovableChips(String id, Runnable changed) {
        this.changed = changed;
        setId(id);
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)");
    }

    /** Shows a chip for each of {@code items}, reading {@code text}; its × calls {@code remove} with the item. */
    <T> void show(List<T> items, Function<T, String> text, Consumer<T> remove) {
        removeAll();
        items.forEach(item -> add(chip(text.apply(item), () -> remove.accept(item))));
    }

    private Component chip(String text, Runnable remove) {
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        close.setAriaLabel(getTranslation("report.filter.remove"));
        HorizontalLayout chip = new HorizontalLayout(new Span(text), close);
        chip.setSpacing(false);
        chip.setAlignItems(FlexComponent.Alignment.CENTER);
        chip.getElement().getThemeList().add("badge");
        close.addClickListener(e -> {
            remove.run();
            chip.getParent().ifPresent(parent -> ((HasComponents) parent).remove(chip));
            changed.run();
        });
        return chip;
    }
}
