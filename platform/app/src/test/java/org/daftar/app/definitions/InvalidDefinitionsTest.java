package org.daftar.app.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daftar.app.Fixtures;
import org.daftar.plugin.Plugins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class InvalidDefinitionsTest {

    private final LoadedDefinitions broken = new DefinitionsReader(Plugins.load().fieldTypes())
            .read(new DefinitionOrigin.Folders(List.of(Fixtures.BROKEN)));

    @Test
    void theStartUpFailureListsEveryProblemAsFileLineColumnMessage() {
        var startUpFailure = new BeanCreationException("loadedDefinitions", "failed", new InvalidDefinitionsException(broken));

        FailureAnalysis analysis = new InvalidDefinitionsFailureAnalyzer().analyze(startUpFailure);

        assertThat(broken.problems()).isNotEmpty();
        assertThat(analysis.getDescription())
                .contains("Daftar did not start", Fixtures.BROKEN.toString(), broken.summary())
                .contains(broken.problems().stream().map(Object::toString).toList());
        assertThat(analysis.getAction()).contains("java -jar daftar.jar validate");
    }

    @Test
    void theSummaryCountsProblemsAndFiles() {
        assertThat(broken.summary()).matches("\\d+ problems? in 1 file\\.");
        assertThat(broken.filesWithProblems()).containsExactly("broken/shop/app.yaml");
    }

    @Test
    void validDefinitionsSayWhatWasChecked() {
        LoadedDefinitions valid = new DefinitionsReader(Plugins.load().fieldTypes())
                .read(new DefinitionOrigin.Folders(List.of(Fixtures.VALID)));

        assertThat(valid.summary()).isEqualTo("Checked 2 apps, 3 entities: no problems.");
    }
}
