package org.daftar.ui.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A row of the report builder's inputs and buttons, aligned on their text and wrapping on narrow screens. */
final class InputRow extends HorizontalLayout {

    InputRow(Component... components) {
        super(components);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }
}
