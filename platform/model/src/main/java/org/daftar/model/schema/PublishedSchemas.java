package org.daftar.model.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The JSON Schemas (draft 2020-12) of the definition files, one per kind, plus {@code common}
 * which they share. They are resources of this module at {@value #RESOURCE_FOLDER} and the app
 * serves them at {@code /schemas/KIND.schema.json}.
 */
public final class PublishedSchemas {

    public static final String RESOURCE_FOLDER = "org/daftar/model/schema/";

    /** The kinds of definition file. */
    public static final List<String> KINDS = List.of("app", "entity", "form", "list", "report", "role", "data");

    /** Every schema file's name without {@code .schema.json}: the kinds and {@code common}. */
    public static final List<String> ALL = List.of("common", "app", "entity", "form", "list", "report", "role", "data");

    private PublishedSchemas() {}

    /** The classpath location of a schema, as networknt resolves it. */
    public static String classpathIri(String name) {
        return "classpath:" + RESOURCE_FOLDER + name + ".schema.json";
    }

    /** The text of the schema {@code name} (a kind or {@code common}), if there is one. */
    public static Optional<String> text(String name) {
        if (!ALL.contains(name)) {
            return Optional.empty();
        }
        try (InputStream in = PublishedSchemas.class.getClassLoader()
                .getResourceAsStream(RESOURCE_FOLDER + name + ".schema.json")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
