package org.daftar.ui.report.saved;

/** Someone else saved the report since it was opened: reopen it and save again. */
public final class StaleReportException extends RuntimeException {

    public StaleReportException(long id) {
        super("Saved report " + id + " was changed by someone else since it was opened");
    }
}
