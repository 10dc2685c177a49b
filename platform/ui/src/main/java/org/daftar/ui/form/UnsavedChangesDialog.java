package org.daftar.ui.form;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.Locale;
import org.daftar.ui.form.render.FormTexts;

/** Asks before unsaved changes are lost: leave without saving, or keep editing. */
public class UnsavedChangesDialog extends ConfirmDialog {

    UnsavedChangesDialog(Locale locale, Runnable leave) {
        setId("unsaved-changes");
        setHeader(FormTexts.get(locale, "form.unsaved.title"));
        setText(FormTexts.get(locale, "form.unsaved.text"));
        setConfirmText(FormTexts.get(locale, "form.unsaved.leave"));
        setConfirmButtonTheme("error primary");
        setCancelable(true);
        setCancelText(FormTexts.get(locale, "form.unsaved.stay"));
        addConfirmListener(event -> leave.run());
    }
}
