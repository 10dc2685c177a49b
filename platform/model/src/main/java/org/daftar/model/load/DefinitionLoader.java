package org.daftar.model.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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

    private final DocumentParser parser = new DocumentParser();
    private final SchemaCheck schemaCheck = new SchemaCheck();
    private final FieldTypes fieldTypes;
    private final Set<String> themes;

    /** A loader that knows the plugins' field types and does not check theme names. */
    public DefinitionLoader(Collection<CustomFieldType> customTypes) {
        this(customTypes, Set.of());
    }

    /** A loader that also checks that each app names one of {@code themes} (when not empty). */
    public DefinitionLoader(Collection<CustomFieldType> customTypes, Collection<String> themes) {
        this.fieldTypes = new FieldTypes(customTypes);
        this.themes = Set.copyOf(themes);
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
            problems.addAll(new Linker(definitions, fieldTypes, themes).link());
        }
        return new LoadResult(definitions, sorted(problems));
    }

    /** Loads every definition file under the folders (see {@link DefinitionFiles}). */
    public LoadResult loadFolders(List<Path> folders) {
        return load(DefinitionFiles.read(folders));
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
