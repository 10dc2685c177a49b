package org.daftar.app.version;

import org.daftar.app.config.ProcessOwner;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.daftar.model.Definitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Records which definitions Daftar starts with. A new version is added only when the checksum
 * differs from the last loaded one; going back to definitions loaded before marks that earlier
 * version as loaded again (checksums are unique).
 */
@Service
public class DefinitionVersionRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(DefinitionVersionRecorder.class);

    private final DefinitionVersionRepository versions;

    public DefinitionVersionRecorder(DefinitionVersionRepository versions) {
        this.versions = versions;
    }

    /** Records {@code definitions} (whose files have {@code checksum}) and returns their version. */
    public LoadedVersion record(String checksum, Definitions definitions) {
        var last = versions.findFirstByOrderByLoadedAtDescIdDesc();
        if (last.isPresent() && last.get().getChecksum().equals(checksum)) {
            LOG.info("Definitions version {}, unchanged since {}", last.get().getId(), last.get().getLoadedAt());
            return LoadedVersion.of(last.get());
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        DefinitionVersion row = versions.findByChecksum(checksum).map(earlier -> {
            earlier.reloaded(now, ProcessOwner.name());
            return earlier;
        }).orElseGet(() -> new DefinitionVersion(
                checksum, definitions.apps().size(), definitions.entityCount(), now, ProcessOwner.name()));
        try {
            row = versions.save(row);
        } catch (DataIntegrityViolationException another) {
            // another node recorded the same definitions at the same moment
            row = versions.findByChecksum(checksum).orElseThrow(() -> another);
        }
        LOG.info("Definitions version {} ({} apps, {} entities, checksum {})",
                row.getId(), row.getApps(), row.getEntities(), checksum.substring(0, 12));
        return LoadedVersion.of(row);
    }
}
