package org.daftar.data.record.draft;

import java.util.Map;

/**
 * What a save did to one line.
 *
 * @param field the lines field
 * @param action {@code create}, {@code update} or {@code delete}
 * @param id the line's id ({@code null} until a new line is inserted)
 * @param lineNo its position after the save (from 1), or before it for a removed line
 * @param changes the fields that changed, with their values before and after
 */
public record LineChange(String field, String action, Long id, int lineNo, Map<String, ValueChange> changes) {

    public LineChange withId(long newId) {
        return new LineChange(field, action, newId, lineNo, changes);
    }
}
