package org.daftar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.daftar.app.Fixtures;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {

    @Test
    void aFolderWithABrokenFilePrintsFileLineColumnMessageAndReturnsOne() {
        CliRun run = CliRun.of("validate", Fixtures.BROKEN.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        List<String> lines = Arrays.asList(run.out().split("\\R"));
        assertThat(lines.subList(0, lines.size() - 1))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).matches("broken/shop/app\\.yaml:\\d+:\\d+: .+"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("broken/shop/app.yaml:5:").contains("colour"));
        assertThat(lines.getLast()).matches("\\d+ problems? in 1 file\\.");
    }

    @Test
    void aValidFolderReturnsZeroAndSaysWhatWasChecked() {
        CliRun run = CliRun.of("validate", Fixtures.VALID.toString());

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("Checked 2 apps, 3 entities: no problems." + System.lineSeparator());
    }

    @Test
    void theRepositorysDefinitionsAreValid() {
        CliRun run = CliRun.of("validate", Fixtures.repositoryRoot().resolve("definitions").toString());

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).endsWith("no problems." + System.lineSeparator());
    }
}
