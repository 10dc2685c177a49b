package org.daftar.app.cli;

import java.util.Optional;
import org.daftar.app.database.StandaloneDatabase;
import org.daftar.app.definitions.DefinitionOrigin;
import org.daftar.app.definitions.DefinitionsReader;
import org.daftar.app.definitions.LoadedDefinitions;
import org.daftar.data.migration.SchemaMigrator;
import org.daftar.data.migration.desired.DesiredSchema;
import org.daftar.model.link.FieldTypes;
import org.daftar.plugin.Plugins;

/**
 * What {@code plan} and {@code migrate} work with: the definitions, loaded and checked as the
 * server loads them, and the server's database.
 */
final class SchemaSession implements AutoCloseable {

    private final LoadedDefinitions loaded;
    private final DesiredSchema desired;
    private final StandaloneDatabase database;

    private SchemaSession(LoadedDefinitions loaded, DesiredSchema desired, StandaloneDatabase database) {
        this.loaded = loaded;
        this.desired = desired;
        this.database = database;
    }

    /** The session, or empty after printing the definitions' problems (there is nothing to plan for). */
    static Optional<SchemaSession> open(SchemaArguments arguments, Settings settings, Terminal terminal) {
        DefinitionOrigin origin = arguments.origin(settings);
        Plugins plugins = Plugins.load();
        LoadedDefinitions loaded = new DefinitionsReader(plugins.fieldTypes()).read(origin);
        if (loaded.files() == 0) {
            throw new UsageException("No definition files (.yaml, .yml, .json) in the " + origin.describe() + ".");
        }
        if (!loaded.ok()) {
            loaded.problems().forEach(terminal.out()::println);
            terminal.out().println(loaded.summary() + " Fix the definitions first: the database follows valid definitions only.");
            return Optional.empty();
        }
        DesiredSchema desired = DesiredSchema.of(loaded.definitions(), new FieldTypes(plugins.fieldTypes()));
        return Optional.of(new SchemaSession(loaded, desired, StandaloneDatabase.open(settings)));
    }

    DesiredSchema desired() {
        return desired;
    }

    StandaloneDatabase database() {
        return database;
    }

    SchemaMigrator migrator() {
        return new SchemaMigrator(database.dataSource());
    }

    /** Which definitions and which database, for the first lines of the output. */
    String header() {
        return "Definitions: " + loaded.origin().describe() + " (" + count(loaded.definitions().apps().size(), "app") + ", "
                + count(desired.tables().size(), "table") + ")\nDatabase: " + database.describe() + "\n";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    @Override
    public void close() {
        database.close();
    }
}
