package org.daftar.model.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.daftar.model.Definitions;
import org.daftar.model.entity.CustomFieldType;
import org.daftar.model.link.FieldTypes;
import org.daftar.model.link.Linker;

/**
 * Reads definition files into {@link Definitions}: each file is parsed, checked against the
 * JSON Schema of its kind, read into model records and grouped into apps (an app is the folder
 * holding its {@code app.yaml}); then the linker checks what refers to what. Every problem of
 * every file is reported together, in two rounds as a compiler does: first what each file says on
 * its own (syntax and schema), then — once every file passes — how the files fit together, so
 * that one broken file does not show up as errors in all the files that refer to it.
 *
 * <pre>{@code
 * LoadResult result = new DefinitionLoader(List.of()).loadFolders(List.of(Path.of("definitions")));
 * result.problems().forEach(System.out::println);   // file:line:column: message
 * }</pre>
 *
 * <p>A loader is thread-safe and meant to be reused: compiling the JSON Schemas is its only cost.
 */
public final class DefinitionLoader {

    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

    private final DocumentParser parser = new DocumentParser();
    private final SchemaCheck schemaCheck = new SchemaCheck();
    private final FieldTypes fieldTypes;

    public DefinitionLoader(Collection<CustomFieldType> customTypes) {
        this.fieldTypes = new FieldTypes(customTypes);
    }

    public FieldTypes fieldTypes() {
        return fieldTypes;
    }

    public LoadResult load(List<DefinitionSource> sources) {
        DocumentReader reader = new DocumentReader(schemaCheck);
        List<DocumentReader.Checked> checked = sources.stream()
                .sorted(Comparator.comparing(DefinitionSource::location))
                .toList()
                .parallelStream() // files are parsed and checked on their own: use every core
                .map(parser::parse)
                .map(reader::read)
                .toList();
        List<Problem> problems = new ArrayList<>();
        checked.forEach(one -> problems.addAll(one.problems()));
        List<DocumentReader.Document> documents = checked.stream()
                .map(DocumentReader.Checked::document)
                .flatMap(Stream::ofNullable)
                .toList();
        Definitions definitions = AppAssembler.assemble(documents, problems);
        if (problems.isEmpty()) {
            problems.addAll(new Linker(definitions, fieldTypes).link());
        }
        return new LoadResult(definitions, sorted(problems));
    }

    /** Loads every {@code .yaml}, {@code .yml} and {@code .json} file under the folders. */
    public LoadResult loadFolders(List<Path> folders) {
        List<DefinitionSource> sources = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(Files::isRegularFile)
                        .filter(file -> !isBuildOutput(folder.relativize(file), folder))
                        .filter(DefinitionLoader::isDefinitionFile)
                        .forEach(file -> sources.add(DefinitionSource.read(file, folder)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the folder " + folder + ": " + e.getMessage(), e);
            }
        }
        return load(sources);
    }

    /** A YAML or JSON file that is not a published schema or other hidden file. */
    public static boolean isDefinitionFile(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".schema.json") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** Inside a hidden folder, or Maven's {@code target} folder beside a {@code pom.xml}. */
    private static boolean isBuildOutput(Path relative, Path folder) {
        Path current = folder;
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String name = relative.getName(i).toString();
            if (name.startsWith(".") || (name.equals("target") && Files.exists(current.resolve("pom.xml")))) {
                return true;
            }
            current = current.resolve(name);
        }
        return false;
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream()
                .distinct()
                .sorted(Comparator.comparing(Problem::location)
                        .thenComparingInt(Problem::line)
                        .thenComparingInt(Problem::column))
                .toList();
    }
}
