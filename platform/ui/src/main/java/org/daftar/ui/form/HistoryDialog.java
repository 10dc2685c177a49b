package org.daftar.ui.form;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.daftar.data.record.audit.AuditEntry;
import org.daftar.ui.form.render.FormTexts;

/** A record's history as a timeline, newest first: who did what when, and each change old → new. */
public class HistoryDialog extends Dialog {

    /** One write as shown: who did what, when, and the changes. */
    public record Event(String action, String when, List<String> changes) {}

    private final List<Event> events = new ArrayList<>();

    HistoryDialog(List<AuditEntry> entries, AuditText words, Locale locale) {
        setHeaderTitle(FormTexts.get(locale, "form.history.title"));
        setId("record-history");
        Div timeline = new Div();
        timeline.addClassName("daftar-timeline");
        if (entries.isEmpty()) {
            timeline.add(new Paragraph(FormTexts.get(locale, "form.history.none")));
        }
        for (AuditEntry entry : entries.reversed()) {
            Event event = new Event(words.action(entry), words.when(entry.at()), words.changes(entry));
            events.add(event);
            Div item = new Div(new Span(event.action()), new Span(" · "), new Span(event.when()));
            item.addClassName("daftar-timeline-entry");
            UnorderedList changes = new UnorderedList();
            event.changes().forEach(change -> changes.add(new ListItem(change)));
            if (entry.reason() != null) {
                changes.add(new ListItem(FormTexts.get(locale, "form.history.reason", entry.reason())));
            }
            timeline.add(item, changes);
        }
        add(timeline);
        getFooter().add(new Button(FormTexts.get(locale, "form.close"), click -> close()));
    }

    /** The writes shown, newest first. */
    public List<Event> getEvents() {
        return List.copyOf(events);
    }
}
