package org.daftar.ui.list;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;

/**
 * A button of the list's bar ("Count exactly", "Import", "Delete", "New"): the button web component with one
 * click listener rather than a {@link Button}, whose click event brings a dozen values the list
 * never reads. Every open list keeps its bar, so each such button costs a session about 6 KB less
 * (the sessions benchmark). Keyboard use is the web component's: Tab reaches it, Enter or Space
 * clicks it; a disabled one is not clicked (the server ignores its events too).
 */
@Tag("vaadin-button")
@Uses(Button.class)
@Uses(Icon.class)
final class ActionButton extends Component implements HasEnabled {

    ActionButton(String id, String text, Runnable action) {
        setId(id);
        getElement().setText(text);
        getElement().addEventListener("click", click -> action.run());
    }

    /** The icon before the text. */
    ActionButton withIcon(VaadinIcon icon) {
        getElement().appendChild(new Element("vaadin-icon")
                .setAttribute("icon", "vaadin:" + icon.name().toLowerCase().replace('_', '-'))
                .setAttribute("slot", "prefix"));
        return this;
    }

    /** Lumo's button variants, e.g. {@code primary}, {@code tertiary small}. */
    ActionButton withTheme(String variants) {
        getElement().setAttribute("theme", variants);
        return this;
    }

    String getText() {
        return getElement().getText();
    }
}
