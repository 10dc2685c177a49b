package org.daftar.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.daftar.app.definitions.DefinitionOrigin;

/**
 * The arguments of {@code plan} and {@code migrate}: {@code [DIR] [--force] [--purge app.entity[.field]]...}.
 *
 * @param folder the definitions' folder, if given
 * @param force whether {@code --force} was given
 * @param purge what {@code --purge} asks to drop for good
 */
record SchemaArguments(Optional<Path> folder, boolean force, Set<String> purge) {

    static SchemaArguments parse(List<String> arguments, boolean forceAllowed) {
        List<String> folders = new ArrayList<>();
        Set<String> purge = new LinkedHashSet<>();
        boolean force = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--force") && forceAllowed) {
                force = true;
            } else if (argument.equals("--purge")) {
                if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("-")) {
                    throw new UsageException("--purge needs what to purge: app.entity or app.entity.field, e.g. --purge support.ticket.fax");
                }
                purge.add(arguments.get(++i));
            } else if (argument.startsWith("--purge=")) {
                purge.add(argument.substring("--purge=".length()));
            } else if (argument.startsWith("-")) {
                throw new UsageException("Unknown option: " + argument);
            } else {
                folders.add(argument);
            }
        }
        if (folders.size() > 1) {
            throw new UsageException("Give one definitions folder at most, not " + folders.size() + ": " + String.join(", ", folders));
        }
        Optional<Path> folder = folders.stream().findFirst().map(Path::of);
        folder.filter(f -> !Files.isDirectory(f)).ifPresent(missing -> {
            throw new UsageException("No such folder: " + missing);
        });
        return new SchemaArguments(folder, force, purge);
    }

    /** The folder given, else what the server reads ({@code daftar.definitions.dir}, ./definitions, the built-in apps). */
    DefinitionOrigin origin(Settings settings) {
        if (folder.isPresent()) {
            return new DefinitionOrigin.Folders(List.of(folder.get()));
        }
        return DefinitionOrigin.standard(Optional.ofNullable(settings.apply("daftar.definitions.dir")).map(Path::of), Path.of(""));
    }

    /** The arguments again, for a command to suggest: {@code " definitions --purge support.ticket.fax"}. */
    String repeated() {
        StringBuilder text = new StringBuilder();
        folder.ifPresent(f -> text.append(' ').append(f));
        purge.forEach(p -> text.append(" --purge ").append(p));
        return text.toString();
    }
}
