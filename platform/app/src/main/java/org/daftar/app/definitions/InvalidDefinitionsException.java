package org.daftar.app.definitions;

import java.util.stream.Collectors;

/** Thrown at start-up when the definitions have problems; its message lists every one of them. */
public class InvalidDefinitionsException extends RuntimeException {

    private final transient LoadedDefinitions loaded;

    public InvalidDefinitionsException(LoadedDefinitions loaded) {
        super(message(loaded));
        this.loaded = loaded;
    }

    public LoadedDefinitions loaded() {
        return loaded;
    }

    private static String message(LoadedDefinitions loaded) {
        return "The definitions in " + loaded.origin().describe() + " are not valid: " + loaded.summary()
                + loaded.problems().stream().map(problem -> "\n  " + problem).collect(Collectors.joining());
    }
}
