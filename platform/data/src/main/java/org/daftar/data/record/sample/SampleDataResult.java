package org.daftar.data.record.sample;

/**
 * What {@link SampleDataLoader#loadOnce} did.
 *
 * @param records how many records it loaded (lines not counted)
 */
public record SampleDataResult(Outcome outcome, int records) {

    /** Whether sample data was loaded now. */
    public enum Outcome {
        /** Loaded now, into an empty database. */
        LOADED,
        /** Loaded (or skipped) before: nothing done. */
        ALREADY_DONE,
        /** The database already held records: none loaded, and none will be. */
        SKIPPED_NOT_EMPTY
    }

    @Override
    public String toString() {
        return switch (outcome) {
            case LOADED -> "Loaded " + records + " sample records.";
            case ALREADY_DONE -> "Sample data was loaded before: nothing to do.";
            case SKIPPED_NOT_EMPTY -> "The database already holds records: sample data not loaded.";
        };
    }
}
