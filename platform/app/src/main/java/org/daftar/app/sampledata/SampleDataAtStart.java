package org.daftar.app.sampledata;

import org.daftar.app.config.ProcessOwner;
import java.util.Optional;
import org.daftar.data.record.sample.SampleDataException;
import org.daftar.data.record.sample.SampleDataLoader;
import org.daftar.data.record.sample.SampleDataResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the sample data at start-up, through the record service (validated, numbered, computed,
 * audited), once: on the first start of an empty database. A sample record that breaks its rules
 * is logged with its file, line and column, and nothing is loaded; Daftar starts without sample
 * data (sample data is a demo, not a reason to refuse to serve) and tries again at the next start,
 * as the database is still empty then.
 */
public final class SampleDataAtStart {

    private static final Logger LOG = LoggerFactory.getLogger(SampleDataAtStart.class);

    private final SampleDataLoader loader;
    private SampleDataResult result;

    SampleDataAtStart(SampleDataLoader loader) {
        this.loader = loader;
    }

    /** Loads the sample data unless it was loaded before or the database holds records. */
    void run() {
        long started = System.nanoTime();
        try {
            result = loader.loadOnce(ProcessOwner.name());
            if (result.outcome() == SampleDataResult.Outcome.LOADED) {
                LOG.info("{} ({} ms)", result, (System.nanoTime() - started) / 1_000_000);
            } else {
                LOG.info("{}", result);
            }
        } catch (SampleDataException e) {
            LOG.error("{}\nFix these sample records (or remove them) and start Daftar again: the sample data is loaded on the "
                    + "first start of an empty database.", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("The sample data was not loaded (nothing was saved); Daftar starts without it and tries again at the next "
                    + "start: {}", e.getMessage(), e);
        }
    }

    /** What the start did; empty when loading failed. */
    public Optional<SampleDataResult> result() {
        return Optional.ofNullable(result);
    }
}
