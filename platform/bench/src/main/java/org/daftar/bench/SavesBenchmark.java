package org.daftar.bench;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.daftar.data.record.RecordService;
import org.daftar.data.record.WriteContext;
import org.daftar.data.schema.Ddl;
import org.daftar.data.schema.Sql;
import org.daftar.data.schema.TableSpecs;
import org.daftar.model.Definitions;
import org.daftar.model.link.FieldTypes;

/**
 * {@code saves [--threads N] [--records N]}: single-record saves through the record service — a
 * customer of ten fields, validated (record schema, field rules, a check, unique keys), computed,
 * audited, one transaction each — against the same rows inserted by plain JDBC, one insert per
 * transaction, into the same table of the same database. The database is a fresh embedded
 * PostgreSQL with fsync, synchronous_commit and full_page_writes on, as in production.
 *
 * <p>Each side runs {@code --records} operations (default 5,000) on {@code --threads} threads
 * (default 4, each with its own connection) three times, alternating, after a warm-up; the
 * figures are the medians. {@code saves_vs_raw_ratio} is saves per second over inserts per second.
 */
final class SavesBenchmark implements Benchmark {

    private static final int ROUNDS = 3;
    private static final WriteContext WRITER = WriteContext.of("bench", Locale.ENGLISH);

    @Override
    public String name() {
        return "saves";
    }

    @Override
    public String description() {
        return "record service saves (validated, audited) vs plain JDBC inserts [--threads N] [--records N]";
    }

    @Override
    public List<Figure> run(List<String> args) throws Exception {
        int threads = Measures.option(args, "--threads", 4);
        int records = Measures.option(args, "--records", 5_000);
        Definitions definitions = BenchCustomers.definitions();
        FieldTypes types = new FieldTypes(List.of());
        try (BenchDatabase db = new BenchDatabase(threads)) {
            for (String statement : Ddl.createAll(new TableSpecs(definitions, types).all())) {
                db.execute(statement);
            }
            db.execute(resource("/db/migration/V2__records.sql"));
            RecordService service = RecordService.builder(db.dataSource(), definitions).fieldTypes(types).build();
            String insert = rawInsert(definitions, types);

            Throughput.perSecond(threads, records, n -> service.create(BenchCustomers.ENTITY, BenchCustomers.values("W", n), WRITER));
            Throughput.perSecond(threads, records, n -> raw(db.dataSource(), insert, BenchCustomers.values("WR", n)));
            List<Double> saves = new ArrayList<>();
            List<Double> raws = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                String run = "S" + round;
                saves.add(Throughput.perSecond(threads, records,
                        n -> service.create(BenchCustomers.ENTITY, BenchCustomers.values(run, n), WRITER)));
                String rawRun = "R" + round;
                raws.add(Throughput.perSecond(threads, records, n -> raw(db.dataSource(), insert, BenchCustomers.values(rawRun, n))));
            }
            double saved = Measures.median(saves);
            double inserted = Measures.median(raws);
            List<Figure> figures = new ArrayList<>(List.of(
                    new Figure("record_saves_per_s", Math.round(saved), "saves/s"),
                    new Figure("raw_inserts_per_s", Math.round(inserted), "inserts/s"),
                    new Figure("saves_vs_raw_ratio", saved / inserted, ""),
                    new Figure("saves_threads", threads, ""),
                    new Figure("saves_records_per_round", records, "")));
            System.out.println("# PostgreSQL " + db.settings() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
            return figures;
        }
    }

    /** The plain JDBC insert of the same row: the same columns, the computed one computed by hand. */
    private static String rawInsert(Definitions definitions, FieldTypes types) {
        var table = new TableSpecs(definitions, types).all().getFirst();
        List<String> columns = new ArrayList<>(BenchCustomers.COLUMNS);
        columns.addAll(List.of("created_at", "created_by"));
        return "insert into " + table.qualifiedName() + " (" + String.join(", ", columns.stream().map(Sql::quote).toList())
                + ") values (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    private static void raw(DataSource dataSource, String insert, Map<String, Object> values) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(insert)) {
            int index = 0;
            for (String column : BenchCustomers.COLUMNS.subList(0, BenchCustomers.COLUMNS.size() - 1)) {
                statement.setObject(++index, values.get(column));
            }
            BigDecimal available = ((BigDecimal) values.get("credit_limit")).subtract((BigDecimal) values.get("balance"));
            statement.setObject(++index, available);
            statement.setObject(++index, OffsetDateTime.now());
            statement.setString(++index, WRITER.user());
            statement.executeUpdate();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SavesBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("The record service's migration " + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
