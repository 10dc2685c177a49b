package org.daftar.data.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.daftar.data.schema.Ddl;
import org.daftar.data.schema.TableSpecs;
import org.daftar.model.Definitions;
import org.daftar.model.link.FieldTypes;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;
import org.daftar.testsupport.ShopFixture;
import org.daftar.testsupport.TestDatabase;

/**
 * A fresh database with the tables of the shop fixture and of the "lab" app (a plugin type, date
 * bounds, a cross-app reference, an attachment), the platform tables of {@code V2__records.sql},
 * and a record service over them whose clock stands at 2026-03-10 09:00 in Riyadh.
 */
final class RecordsDatabase implements AutoCloseable {

    static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T06:00:00Z"), RIYADH);
    static final FieldTypes FIELD_TYPES = new FieldTypes(List.of(new CountryCodeType()));
    static final Definitions DEFINITIONS = load();

    final TestDatabase db;
    final RecordService records;

    private RecordsDatabase(int poolSize) {
        db = TestDatabase.create(poolSize);
        Ddl.createAll(new TableSpecs(DEFINITIONS, FIELD_TYPES).all()).forEach(db::execute);
        createPlatformTables(db);
        records = RecordService.builder(db.dataSource(), DEFINITIONS).fieldTypes(FIELD_TYPES).clock(CLOCK).build();
    }

    static RecordsDatabase create() {
        return new RecordsDatabase(4);
    }

    static RecordsDatabase create(int poolSize) {
        return new RecordsDatabase(poolSize);
    }

    /** Runs the record service's Flyway migration as it is, in one go. */
    static void createPlatformTables(TestDatabase db) {
        db.execute(resource("/db/migration/V2__records.sql"));
    }

    long count(String sql) {
        return ((Number) db.queryValue(sql)).longValue();
    }

    @Override
    public void close() {
        db.close();
    }

    private static Definitions load() {
        List<DefinitionSource> sources = new ArrayList<>(ShopFixture.sources());
        for (String file : List.of("app.yaml", "entities/visit.yaml")) {
            sources.add(new DefinitionSource("lab/" + file, resource("/org/daftar/data/record/lab/" + file)));
        }
        LoadResult result = new DefinitionLoader(List.of(new CountryCodeType())).load(sources);
        if (!result.ok()) {
            throw new IllegalStateException("The test definitions have problems: " + result.problems());
        }
        return result.definitions();
    }

    static String resource(String name) {
        try (InputStream in = RecordsDatabase.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
