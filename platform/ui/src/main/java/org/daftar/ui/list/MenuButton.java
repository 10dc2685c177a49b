package org.daftar.ui.list;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import tools.jackson.databind.node.ObjectNode;

/**
 * A button that opens a menu when clicked. The menu's items are made each time it opens
 * ({@link #fill}), from the list's state at that moment: a menu nobody opens costs the server only
 * its button, not a component per item, and an open menu is never out of date.
 */
abstract class MenuButton extends Composite<Button> {

    private final ItemsMenu menu = new ItemsMenu();

    MenuButton(String id) {
        Button button = getContent();
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        menu.setTarget(button);
        menu.setOpenOnClick(true);
    }

    /** Adds the items the menu shows now to {@code menu} (empty). */
    protected abstract void fill(ContextMenu menu);

    /** The button's caption. */
    String getText() {
        return getContent().getText();
    }

    void setText(String text) {
        getContent().setText(text);
    }

    /** The menu with the items it shows when it opens now, made as the user's click makes them. */
    ContextMenu menu() {
        menu.refill();
        return menu;
    }

    /** Fills itself just before it opens. */
    private final class ItemsMenu extends ContextMenu {

        @Override
        protected boolean onBeforeOpenMenu(ObjectNode eventDetail) {
            refill();
            return super.onBeforeOpenMenu(eventDetail);
        }

        void refill() {
            removeAll();
            fill(this);
        }
    }
}
