package org.daftar.ui.list;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.function.Function;

/**
 * Shows how far a long export has come: once it passes {@link #SHOW_AFTER} rows, a notification
 * with a progress bar (against the list's estimated size) and the rows written so far, updated
 * while the file streams. The page polls for the updates while the notification is open, so no
 * server push is needed.
 */
final class ExportProgress {

    /** Exports shorter than this show no progress. */
    static final long SHOW_AFTER = 5_000;
    private static final int POLL_MILLIS = 700;

    private final UI ui;
    private final long estimate;
    private final Function<Long, String> text;
    private Notification notification;
    private ProgressBar bar;
    private Span label;

    /**
     * @param text the progress text for a number of rows
     */
    ExportProgress(UI ui, long estimate, Function<Long, String> text) {
        this.ui = ui;
        this.estimate = Math.max(estimate, 1);
        this.text = text;
    }

    /** Rows written so far (called from the download's thread). */
    void rows(long written) {
        if (written < SHOW_AFTER) {
            return;
        }
        ui.access(() -> {
            if (notification == null) {
                open();
            }
            bar.setValue(Math.min(1.0, (double) written / Math.max(estimate, written)));
            label.setText(text.apply(written));
        });
    }

    /** The export ended: the notification closes. */
    void finished() {
        ui.access(() -> {
            if (notification != null) {
                notification.close();
                ui.setPollInterval(-1);
            }
        });
    }

    private void open() {
        bar = new ProgressBar(0, 1);
        label = new Span();
        notification = new Notification(label, bar);
        notification.setId("export-progress");
        notification.setPosition(Notification.Position.BOTTOM_END);
        notification.open();
        ui.setPollInterval(POLL_MILLIS);
    }
}
