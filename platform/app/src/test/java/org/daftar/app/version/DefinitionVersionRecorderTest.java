package org.daftar.app.version;

import static org.assertj.core.api.Assertions.assertThat;

import org.daftar.app.DaftarSpringTest;
import org.daftar.app.definitions.LoadedDefinitions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class DefinitionVersionRecorderTest extends DaftarSpringTest {

    private static final String OTHER = "0".repeat(64);

    @Autowired
    DefinitionVersionRecorder recorder;

    @Autowired
    DefinitionVersionRepository versions;

    @Autowired
    LoadedDefinitions loaded;

    @Autowired
    LoadedVersion startVersion;

    @Test
    void theStartIsRecordedWithWhatWasLoaded() {
        DefinitionVersion row = versions.findByChecksum(loaded.checksum()).orElseThrow();

        assertThat(row.getId()).isEqualTo(startVersion.number());
        assertThat(row.getApps()).isEqualTo(2);
        assertThat(row.getEntities()).isEqualTo(3);
        assertThat(row.getLoadedBy()).contains("@");
    }

    @Test
    void aRestartWithTheSameDefinitionsAddsNoVersion() {
        long before = versions.count();

        LoadedVersion first = recorder.record(loaded.checksum(), loaded.definitions());
        LoadedVersion second = recorder.record(loaded.checksum(), loaded.definitions());

        assertThat(versions.count()).isEqualTo(before);
        assertThat(first).isEqualTo(startVersion);
        assertThat(second).isEqualTo(startVersion);
    }

    @Test
    void changedDefinitionsAddAVersion() {
        long before = versions.count();

        LoadedVersion changed = recorder.record(OTHER, loaded.definitions());

        assertThat(versions.count()).isEqualTo(before + 1);
        assertThat(changed.number()).isGreaterThan(startVersion.number());
    }

    @Test
    void goingBackToEarlierDefinitionsLoadsTheirVersionAgain() {
        recorder.record(OTHER, loaded.definitions());
        long before = versions.count();

        LoadedVersion back = recorder.record(loaded.checksum(), loaded.definitions());

        assertThat(versions.count()).isEqualTo(before);
        assertThat(back.number()).isEqualTo(startVersion.number());
        assertThat(back.loadedAt()).isAfterOrEqualTo(startVersion.loadedAt());
    }
}
