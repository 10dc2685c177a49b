package org.daftar.ui.form.render;

import com.vaadin.flow.component.html.Div;
import java.util.List;

/**
 * The messages of the last save about lines, listed under their grid in the order they came (each
 * is also shown at its cell). The editor adds the box with the first message: a form whose lines
 * have no message does not carry it.
 */
final class LineMessages extends Div {

    LineMessages() {
        addClassName("daftar-lines-messages");
    }

    /** Adds {@code message} under the ones shown. */
    void show(String message) {
        add(new Div(message));
    }

    /** The messages shown, in order. */
    List<String> texts() {
        return getChildren().map(c -> c.getElement().getText()).toList();
    }
}
