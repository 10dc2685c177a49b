package org.daftar.ui.form;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.data.attachment.AttachmentStore;
import org.daftar.data.attachment.DatabaseAttachmentStore;
import org.daftar.data.migration.PlatformMigrations;
import org.daftar.data.record.RecordService;
import org.daftar.data.record.WriteContext;
import org.daftar.data.schema.Ddl;
import org.daftar.data.schema.TableSpecs;
import org.daftar.model.Definitions;
import org.daftar.ui.runtime.RuntimeFactory;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.model.link.FieldTypes;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;
import org.daftar.plugin.DaftarPlugin;
import org.daftar.plugin.Plugins;
import org.daftar.plugins.iban.IbanFieldType;
import org.daftar.plugins.iban.IbanPlugin;
import org.daftar.query.QueryEngine;
import org.daftar.query.schema.Catalog;
import org.daftar.testsupport.TestDatabase;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.data.DirectDataGateway;
import org.daftar.ui.i18n.Messages;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The world of the form tests, made once per JVM: the "desk" app (an entity with every field
 * type, its lines, a referenced entity, a form with sections and rules, an {@code iban} field of
 * the IBAN plugin) with its tables on the shared test PostgreSQL, the record service, the query
 * engine, attachments kept in the database, and a gateway for the user {@code sara}. Each test
 * starts Vaadin with {@link #startVaadin} in a Spring context holding these.
 */
final class FormTestContext {

    static final String ENTITY = "desk.specimen";
    static final String USER = "sara";
    private static final String FOLDER = "/org/daftar/ui/form/desk/";
    private static final List<String> FILES = List.of("app.yaml", "entities/partner.yaml", "entities/specimen.yaml",
            "entities/specimen_line.yaml", "forms/specimen.yaml");
    private static FormTestContext shared;

    final TestDatabase db;
    final Definitions definitions;
    final FieldTypes fieldTypes = new FieldTypes(List.of(new IbanFieldType()));
    final RecordService records;
    final Catalog catalog;
    final QueryEngine queries;
    final AttachmentStore attachments;
    final DataGateway gateway;

    private FormTestContext() {
        definitions = load();
        db = TestDatabase.create(4);
        PlatformMigrations.migrate(db.dataSource());
        Ddl.createAll(new TableSpecs(definitions, fieldTypes).all()).forEach(db::execute);
        records = RecordService.builder(db.dataSource(), definitions).fieldTypes(fieldTypes).build();
        catalog = new Catalog(definitions, fieldTypes);
        queries = new QueryEngine(db.dataSource(), catalog);
        attachments = new DatabaseAttachmentStore(db.dataSource());
        gateway = new DirectDataGateway(records, queries, catalog, definitions, attachments, db.dataSource(), USER);
    }

    static synchronized FormTestContext get() {
        if (shared == null) {
            shared = new FormTestContext();
        }
        return shared;
    }

    /** Starts Vaadin (English) with the IBAN plugin and {@code more} plugins. */
    void startVaadin(DaftarPlugin... more) {
        List<DaftarPlugin> plugins = new ArrayList<>(List.of(new IbanPlugin()));
        plugins.addAll(List.of(more));
        startVaadinWith(Plugins.of(plugins));
    }

    /** Starts Vaadin (English) with exactly these plugins. */
    void startVaadinWith(Plugins plugins) {
        startVaadin(plugins, gateway);
    }

    /** Starts Vaadin (English) with the IBAN plugin, for a user whose every call goes through {@code door}. */
    void startVaadinAs(DataGateway door) {
        startVaadin(Plugins.of(List.of(new IbanPlugin())), door);
    }

    private void startVaadin(Plugins plugins, DataGateway door) {
        AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext();
        spring.registerBean(Messages.class);
        spring.registerBean(RuntimeHolder.class, () -> RuntimeHolder.of(new RuntimeFactory(db.dataSource(), fieldTypes).build(definitions)));
        spring.registerBean(DataGateway.class, () -> door);
        spring.registerBean(FormSupport.class, () -> new FormSupport(definitions, door, catalog, plugins));
        spring.refresh();
        Routes routes = new Routes().autoDiscoverViews("org.daftar.ui.form");
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, spring, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /** A partner to point references at. */
    long partner(String code, String name) {
        return ((Number) records.create("desk.partner", Map.of("code", code, "name", name), WriteContext.of(USER, Locale.ENGLISH))
                .get("id")).longValue();
    }

    /** A specimen saved by {@code user}. */
    Map<String, Object> specimen(Map<String, ?> values, String user) {
        return records.create(ENTITY, values, WriteContext.of(user, Locale.ENGLISH));
    }

    private static Definitions load() {
        List<DefinitionSource> sources = FILES.stream().map(file -> new DefinitionSource("desk/" + file, read(file))).toList();
        LoadResult result = new DefinitionLoader(List.of(new IbanFieldType())).load(sources);
        if (!result.ok()) {
            throw new IllegalStateException("The desk test app has problems: " + result.problems());
        }
        return result.definitions();
    }

    private static String read(String file) {
        try (InputStream in = FormTestContext.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("missing test resource " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
