package org.daftar.ui.form.render;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.plugin.render.FieldContext;
import org.daftar.plugin.render.RendererRegistry;

/**
 * The components that edit the cells of the line being edited in a {@link LinesEditor}: one per
 * column that is not computed, rendered by the registry like a field of a form but fitted to a cell
 * (no label of its own, the column's label for screen readers, the cell's whole width). They are
 * shared by every line, so the editor keeps them by column and this class keeps nothing.
 */
final class LineCells {

    private LineCells() {}

    /** A new component for the cells of {@code column}, read-only when {@code readOnly}. */
    static Component make(FieldDef column, EntityDef lineEntity, RendererRegistry registry, Locale locale,
            boolean readOnly) {
        Component cell = registry.render(new FieldContext(column, lineEntity, locale, column.isGenerated()));
        if (cell instanceof HasLabel labelled) {
            labelled.setLabel(null);
        }
        cell.getElement().removeAttribute("id");
        if ("vaadin-combo-box".equals(cell.getElement().getTag())) {
            // Enter in a combo box picks its option (a product by name) and stays in the line
            cell.getElement().executeJs("this.addEventListener('keydown', e => { if (e.key === 'Enter') e.stopPropagation(); })");
        }
        cell.getElement().setAttribute("aria-label", column.labelOrName().in(locale));
        if (cell instanceof HasSize sized) {
            sized.setWidthFull();
        }
        setReadOnly(cell, readOnly);
        return cell;
    }

    /** Makes {@code cell} read-only, or editable again; a component that is not a field is left as it is. */
    static void setReadOnly(Component cell, boolean readOnly) {
        if (cell instanceof HasValue<?, ?> field) {
            field.setReadOnly(readOnly);
        }
    }

    /** Puts the focus in the first of {@code cells} the user can type in, if any. */
    static void focusFirstEditable(Collection<Component> cells) {
        cells.stream().filter(cell -> cell instanceof Focusable<?> && !((HasValue<?, ?>) cell).isReadOnly())
                .findFirst().ifPresent(cell -> ((Focusable<?>) cell).focus());
    }

    /**
     * Shows the messages of {@code line} at the cells they are about and clears the others' (a number
     * the user typed that cannot be read keeps its own mark).
     */
    static void showMessages(Map<String, Component> cells, Line line) {
        cells.forEach((name, component) -> {
            if (component instanceof HasValidation cell) {
                String message = line.messages.get(name);
                if (message != null) {
                    cell.setErrorMessage(message);
                    cell.setInvalid(true);
                } else if (!(cell instanceof NumberInput number && number.isUnreadable())) {
                    cell.setInvalid(false);
                }
            }
        });
    }

    /** Takes every message's mark away from {@code cells}. */
    static void clearMessages(Collection<Component> cells) {
        cells.forEach(cell -> {
            if (cell instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
        });
    }
}
