package org.daftar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void helpPrintsTheUsageListingValidate() {
        for (String help : new String[] {"help", "--help", "-h"}) {
            CliRun run = CliRun.of(help);

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("Usage: java -jar daftar.jar", "validate [DIR...]", "plan [DIR]", "migrate [DIR] [--force]");
        }
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = CliRun.of("frobnicate");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Unknown command: frobnicate", "validate [DIR...]");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void validateOfAMissingFolderIsAUsageError() {
        CliRun run = CliRun.of("validate", "no/such/folder");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("No such folder: no/such/folder", "Usage: java -jar daftar.jar validate [DIR...]");
    }

    @Test
    void validateWithAnUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("validate", "--strict");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Unknown option: --strict");
    }

    @Test
    void springOptionsStartTheServerAndWordsRunCommands() {
        assertThat(CommandLine.isCommand(new String[0])).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"--server.port=9090"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"validate", "definitions"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--help"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"nonsense"})).isTrue();
    }
}
