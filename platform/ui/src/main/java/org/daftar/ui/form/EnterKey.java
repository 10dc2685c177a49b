package org.daftar.ui.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.daftar.ui.form.render.AttachmentInput;
import org.daftar.ui.form.render.ChoiceBox;
import org.daftar.ui.form.render.ChoiceSet;
import org.daftar.ui.form.render.LinesEditor;
import org.daftar.ui.form.render.MomentPicker;
import org.daftar.ui.form.render.ReferenceBox;

/**
 * Where Enter saves the form: in a field where Enter has no meaning of its own. Not in a long text
 * (a new line), the lines grid (a new line of the grid is Alt+N, and cells edit), nor where Enter
 * picks something: a combo box, a date or time picker, a file.
 */
final class EnterKey {

    private EnterKey() {}

    static boolean saves(Component field) {
        return !(field instanceof TextArea || field instanceof LinesEditor || field instanceof ComboBoxBase<?, ?, ?>
                || field instanceof ReferenceBox || field instanceof ChoiceSet || field instanceof ChoiceBox || field instanceof DatePicker
                || field instanceof TimePicker || field instanceof MomentPicker || field instanceof AttachmentInput);
    }
}
