package org.daftar.app.definitions;

import org.daftar.designer.publish.DefinitionsChecksum;

import java.util.Collection;
import java.util.List;
import org.daftar.model.entity.CustomFieldType;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;

/**
 * Reads the definitions of an origin and loads them with the model's loader, which checks every
 * file against its JSON Schema and links the files together.
 *
 * <pre>{@code
 * LoadedDefinitions loaded = new DefinitionsReader(Plugins.load().fieldTypes())
 *         .read(new DefinitionOrigin.Folders(List.of(Path.of("definitions"))));
 * loaded.problems().forEach(System.out::println);
 * }</pre>
 */
public final class DefinitionsReader {

    private final DefinitionLoader loader;

    public DefinitionsReader(Collection<CustomFieldType> fieldTypes) {
        this.loader = new DefinitionLoader(fieldTypes, InstalledThemes.on(DefinitionsReader.class.getClassLoader()));
    }

    /** The loader it reads with: what publishing checks files with too. */
    public DefinitionLoader loader() {
        return loader;
    }

    public LoadedDefinitions read(DefinitionOrigin origin) {
        List<DefinitionSource> sources = origin.read();
        return new LoadedDefinitions(origin, sources.size(), loader.load(sources), DefinitionsChecksum.of(sources), sources);
    }
}
