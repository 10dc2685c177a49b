package org.daftar.designer.draft;

import java.time.Instant;

/**
 * One file of a draft: its location ({@code APP/entities/ENTITY.yaml}), its whole text, or
 * {@code null} when the draft deletes the file, and who changed it last, when.
 */
public record DraftFile(String location, String text, String updatedBy, Instant updatedAt) {

    public boolean deleted() {
        return text == null;
    }
}
