package org.daftar.designer.publish;

import java.util.Optional;
import org.daftar.data.migration.Plan;
import org.daftar.model.load.LoadResult;

/**
 * What became of a publish: the check of the files, the plan (absent when the files have
 * problems), the new version when published, and a sentence for the admin.
 */
public record PublishOutcome(Status status, LoadResult check, Optional<Plan> plan, Optional<Release> release,
        String message) {

    public enum Status {
        /** Applied and recorded; screens use the new definitions from their next navigation. */
        PUBLISHED,
        /** The files equal the published ones: nothing to do. */
        UNCHANGED,
        /** The files have problems ({@link LoadResult#problems()}); nothing applied. */
        INVALID,
        /** The plan has a refused step (it would lose or change data); nothing applied. */
        REFUSED,
        /** Applying the plan failed; the database is as it was. */
        FAILED
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }
}
