package org.daftar.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JSON Schemas (draft 2020-12) of the definition kinds, read from the model's jar at
 * {@code org/daftar/model/schema/KIND.schema.json}.
 */
public final class DefinitionSchemas {

    /** Every kind of definition file, as written in its {@code kind:} key. */
    public static final List<String> KINDS = List.of("app", "entity", "form", "list", "report", "role", "data");

    /** The kinds' schemas and {@code common}, the definitions they share through {@code $ref}. */
    public static final List<String> NAMES =
            Stream.concat(KINDS.stream(), Stream.of("common")).toList();

    private static final String FOLDER = "org/daftar/model/schema/";

    private DefinitionSchemas() {
    }

    /** The schema named {@code kind} (one of {@link #NAMES}) as bytes; empty for any other name. */
    public static Optional<byte[]> of(String kind) {
        if (!NAMES.contains(kind)) {
            return Optional.empty();
        }
        try (InputStream in = DefinitionSchemas.class.getClassLoader().getResourceAsStream(path(kind))) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema of " + kind, e);
        }
    }

    static String path(String kind) {
        return FOLDER + kind + ".schema.json";
    }
}
