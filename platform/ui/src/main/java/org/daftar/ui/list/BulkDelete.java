package org.daftar.ui.list;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.daftar.ui.data.DataGateway;

/**
 * Deletes the selected rows of a list (soft deletes, through the data gateway, each checked against
 * the version the row was read with), then offers "Undo" in a notification: it restores them. A row
 * that cannot be deleted (changed or deleted meanwhile, or refused) is left, and the notification
 * says how many were.
 */
final class BulkDelete {

    private final DataGateway gateway;
    private final String entity;
    private final Locale locale;
    private final BiFunction<String, Object, String> texts;
    private final Runnable refresh;

    /**
     * @param texts a built-in text with one argument
     * @param refresh shows the list again
     */
    BulkDelete(DataGateway gateway, String entity, Locale locale, BiFunction<String, Object, String> texts, Runnable refresh) {
        this.gateway = gateway;
        this.entity = entity;
        this.locale = locale;
        this.texts = texts;
        this.refresh = refresh;
    }

    /** Deletes {@code rows}; returns the ids deleted. */
    List<Long> delete(Collection<ListRow> rows) {
        List<Long> deleted = new ArrayList<>();
        int failed = 0;
        for (ListRow row : rows) {
            try {
                gateway.delete(entity, row.id(), row.version(), locale);
                deleted.add(row.id());
            } catch (RuntimeException e) {
                failed++;
            }
        }
        refresh.run();
        announce(deleted, failed);
        return deleted;
    }

    private void announce(List<Long> deleted, int failed) {
        Notification notification = new Notification();
        notification.setId("deleted");
        notification.setDuration(10_000);
        notification.setPosition(Notification.Position.BOTTOM_START);
        Span text = new Span(texts.apply("list.deleted", deleted.size())
                + (failed == 0 ? "" : " — " + texts.apply("list.notDeleted", failed)));
        Button undo = new Button(texts.apply("list.undo", null), click -> {
            notification.close();
            undo(deleted);
        });
        undo.setId("undo-delete");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        undo.setVisible(!deleted.isEmpty());
        notification.add(new HorizontalLayout(text, undo));
        if (failed > 0) {
            notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        notification.open();
    }

    private void undo(List<Long> ids) {
        int restored = 0;
        for (long id : ids) {
            try {
                gateway.restore(entity, id, locale);
                restored++;
            } catch (RuntimeException e) {
                // restored by someone else meanwhile, or no longer allowed: left as it is
            }
        }
        refresh.run();
        Notification done = Notification.show(texts.apply("list.restored", restored), 4_000, Notification.Position.BOTTOM_START);
        done.setId("restored");
    }
}
