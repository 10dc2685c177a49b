package org.daftar.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.daftar.app.definitions.DefinitionOrigin;
import org.daftar.app.definitions.DefinitionsReader;
import org.daftar.app.definitions.LoadedDefinitions;
import org.daftar.plugin.Plugins;

/**
 * {@code validate [DIR...]}: loads definitions as the server would and prints every problem as
 * {@code file:line:column: message}, then a summary. Without folders it checks
 * {@code ./definitions} if it exists, else the built-in apps.
 */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String synopsis() {
        return "validate [DIR...]";
    }

    @Override
    public String description() {
        return """
                Checks definition folders and prints each problem as file:line:column: message.
                Without DIR: ./definitions if it exists, else the built-in apps.""";
    }

    @Override
    public int run(List<String> arguments, Terminal terminal) {
        DefinitionOrigin origin = origin(arguments);
        LoadedDefinitions loaded = new DefinitionsReader(Plugins.load().fieldTypes()).read(origin);
        if (loaded.files() == 0) {
            throw new UsageException("No definition files (.yaml, .yml, .json) in the " + origin.describe() + ".");
        }
        loaded.problems().forEach(terminal.out()::println);
        terminal.out().println(loaded.summary());
        return loaded.ok() ? ExitCode.OK : ExitCode.PROBLEMS;
    }

    private static DefinitionOrigin origin(List<String> arguments) {
        arguments.stream().filter(argument -> argument.startsWith("-")).findFirst().ifPresent(option -> {
            throw new UsageException("Unknown option: " + option);
        });
        if (arguments.isEmpty()) {
            return DefinitionOrigin.standard(Optional.empty(), Path.of(""));
        }
        var folders = new DefinitionOrigin.Folders(arguments.stream().map(Path::of).toList());
        folders.missing().stream().findFirst().ifPresent(missing -> {
            throw new UsageException("No such folder: " + missing);
        });
        return folders;
    }
}
