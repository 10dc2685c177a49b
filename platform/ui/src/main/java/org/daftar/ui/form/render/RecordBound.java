package org.daftar.ui.form.render;

/**
 * A field component that needs to know which record it shows, e.g. to offer a download of a saved
 * attachment. The form tells it after loading and after every save.
 */
public interface RecordBound {

    /** The id of the record shown, or {@code null} for a record not saved yet. */
    void bindRecord(Long id);
}
