package org.daftar.plugin.render;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/** The smallest component there is, so that renderers can be tested without starting Vaadin. */
@Tag("span")
final class Span extends Component {

    Span(String text) {
        getElement().setText(text);
    }

    String text() {
        return getElement().getText();
    }
}
