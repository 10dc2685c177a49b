package org.daftar.ui.list;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.Uses;

/**
 * A list's "Import" button: the button web component with one click listener rather than a
 * {@link Button}, whose click event brings a dozen values the list never reads. An action most
 * users seldom use so costs a list tab almost nothing (the sessions benchmark); the
 * {@link ImportDialog} and its upload are made when it is clicked. Keyboard use is the web
 * component's: Tab reaches it, Enter or Space clicks it.
 */
@Tag("vaadin-button")
@Uses(Button.class)
final class ImportButton extends Component {

    ImportButton(String text, Runnable open) {
        setId("import-records");
        getElement().setText(text);
        getElement().addEventListener("click", click -> open.run());
    }

    String getText() {
        return getElement().getText();
    }
}
