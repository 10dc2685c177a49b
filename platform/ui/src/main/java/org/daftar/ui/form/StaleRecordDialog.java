package org.daftar.ui.form;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.daftar.data.record.audit.AuditEntry;
import org.daftar.ui.form.render.FormTexts;

/**
 * Says that someone else saved the record after the user opened it: who changed which fields when,
 * and lets the user reload their version, compare it with the user's, or keep editing.
 */
public class StaleRecordDialog extends Dialog {

    private final UnorderedList changes = new UnorderedList();
    private final Button reloadButton;
    private final Button compareButton;

    StaleRecordDialog(List<AuditEntry> entries, AuditText words, Locale locale, Runnable reload, Runnable compare) {
        setHeaderTitle(FormTexts.get(locale, "form.stale.title"));
        setId("stale-record");
        entries.forEach(entry -> changes.add(new ListItem(words.sentence(entry))));
        add(changes);
        reloadButton = new Button(FormTexts.get(locale, "form.stale.reload"), click -> {
            close();
            reload.run();
        });
        reloadButton.setId("stale-reload");
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compareButton = new Button(FormTexts.get(locale, "form.stale.compare"), click -> compare.run());
        compareButton.setId("stale-compare");
        Button keep = new Button(FormTexts.get(locale, "form.stale.keep"), click -> close());
        keep.setId("stale-keep");
        getFooter().add(keep, compareButton, reloadButton);
        if (entries.isEmpty()) {
            add(new Paragraph(FormTexts.get(locale, "form.stale.title")));
        }
    }

    public Button getReloadButton() {
        return reloadButton;
    }

    public Button getCompareButton() {
        return compareButton;
    }

    /** The sentences shown, one per write made since the user opened the record. */
    public List<String> getChanges() {
        return changes.getChildren().map(item -> ((ListItem) item).getText()).toList();
    }
}
