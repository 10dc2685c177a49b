package org.daftar.data.record.sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.daftar.data.record.RecordService;
import org.daftar.data.record.RecordSession;
import org.daftar.data.record.RecordStoreException;
import org.daftar.data.record.WriteContext;
import org.daftar.data.record.table.UncheckedSqlException;
import org.daftar.data.record.validation.FieldMessage;
import org.daftar.data.record.validation.ValidationException;
import org.daftar.data.schema.TableSpec;
import org.daftar.data.schema.TableSpecs;
import org.daftar.model.Definitions;
import org.daftar.model.data.SampleRecord;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.link.FieldTypes;

/**
 * Loads the sample data of the definitions once, on the first start of an empty database: every
 * record through the record service (validated, numbered, computed, audited as written by
 * {@value #USER}), referenced entities first, all in one transaction, then a marker row so that it
 * never happens again. A database that already holds records gets the marker and no sample data.
 *
 * <pre>{@code
 * SampleDataResult result = new SampleDataLoader(records, definitions, fieldTypes).loadOnce("admin@host");
 * // Loaded 1375 sample records.   (and on the next start: nothing to do)
 * }</pre>
 *
 * @throws SampleDataException from {@link #loadOnce} when records break their rules or refer to
 *     records that are not there, listing each with its file, line and column; nothing is saved
 */
public final class SampleDataLoader {

    /** Who the sample records are created by. */
    public static final String USER = "sample-data";

    private static final int MAX_PROBLEMS = 50;

    private final RecordService records;
    private final Definitions definitions;
    private final List<String> tables;

    public SampleDataLoader(RecordService records, Definitions definitions, FieldTypes fieldTypes) {
        this.records = records;
        this.definitions = definitions;
        this.tables = new TableSpecs(definitions, fieldTypes).all().stream().map(TableSpec::qualifiedName).toList();
    }

    /** Loads the sample data if it never was and the database holds no records; see {@link SampleDataResult}. */
    public SampleDataResult loadOnce(String loadedBy) {
        try {
            return records.inTransaction(session -> {
                try {
                    return loadOnce(session, loadedBy);
                } catch (SQLException e) {
                    throw new UncheckedSqlException(e);
                }
            });
        } catch (UncheckedSqlException e) {
            throw new RecordStoreException("The database failed while loading the sample data: " + e.getMessage(), e.getCause());
        }
    }

    private SampleDataResult loadOnce(RecordSession session, String loadedBy) throws SQLException {
        Connection connection = session.connection();
        if (SampleDataMarker.lockAndCheck(connection)) {
            return new SampleDataResult(SampleDataResult.Outcome.ALREADY_DONE, 0);
        }
        if (SampleDataMarker.anyRecords(connection, tables)) {
            SampleDataMarker.write(connection, OffsetDateTime.now(), loadedBy, 0, "skipped");
            return new SampleDataResult(SampleDataResult.Outcome.SKIPPED_NOT_EMPTY, 0);
        }
        int loaded = load(session);
        SampleDataMarker.write(connection, OffsetDateTime.now(), loadedBy, loaded, "loaded");
        return new SampleDataResult(SampleDataResult.Outcome.LOADED, loaded);
    }

    private int load(RecordSession session) {
        WriteContext context = new WriteContext(USER, Locale.ENGLISH, "Sample data", null);
        NaturalKeys keys = new NaturalKeys();
        SampleValues values = new SampleValues(definitions, keys);
        Set<String> failed = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int loaded = 0;
        for (SampleDataOrder.Entry entry : SampleDataOrder.of(definitions)) {
            EntityDef entity = entry.entity();
            Map<SampleRecord, Integer> numbers = new IdentityHashMap<>();
            entry.data().records().forEach(record -> numbers.put(record, numbers.size() + 1));
            for (SampleRecord record : SelfReferences.order(entity, definitions, entry.data().records())) {
                String who = "Sample record " + numbers.get(record) + " of " + entity.qualifiedId() + describe(entity, record);
                List<SampleValues.Unresolved> unresolved = new ArrayList<>();
                Map<String, Object> resolved = values.resolve(entity, record.values(), unresolved);
                if (!unresolved.isEmpty()) {
                    failed.add(failedKey(entity, record));
                    unresolved.stream().filter(u -> !failed.contains(u.target().qualifiedId() + "#" + u.key())).forEach(u ->
                            problems.add(record.positionOf(u.field()) + ": " + who + ": '" + u.field() + "' refers to " + u.key()
                                    + ", which is not the natural key of a sample record of " + u.target().qualifiedId() + "."));
                    continue;
                }
                try {
                    Map<String, Object> saved = session.create(entity.qualifiedId(), resolved, context);
                    keys.put(entity, keyOf(entity, record, saved), (Long) saved.get("id"));
                    loaded++;
                } catch (ValidationException e) {
                    failed.add(failedKey(entity, record));
                    for (FieldMessage message : e.messages()) {
                        problems.add(record.positionOf(topField(message)) + ": " + who + ": " + message);
                    }
                } catch (IllegalArgumentException | IllegalStateException e) {
                    failed.add(failedKey(entity, record));
                    problems.add(record.at() + ": " + who + " cannot be saved: " + e.getMessage());
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    throw new SampleDataException(problems);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SampleDataException(problems);
        }
        return loaded;
    }

    /** The natural key of a loaded record: as written, or as given on save (an auto-number). */
    private static String keyOf(EntityDef entity, SampleRecord record, Map<String, Object> saved) {
        if (entity.naturalKey().isEmpty()) {
            return "#" + saved.get("id");
        }
        return NaturalKeys.key(entity.naturalKey().stream()
                .map(field -> record.values().get(field) != null ? record.values().get(field) : saved.get(field)).toList());
    }

    private static String failedKey(EntityDef entity, SampleRecord record) {
        return entity.qualifiedId() + "#" + NaturalKeys.key(entity.naturalKey().stream().map(record.values()::get).toList());
    }

    private static String describe(EntityDef entity, SampleRecord record) {
        List<Object> key = entity.naturalKey().stream().map(record.values()::get).toList();
        return key.isEmpty() || key.contains(null) ? "" : " (" + String.join(", ", key.stream().map(String::valueOf).toList()) + ")";
    }

    private static String topField(FieldMessage message) {
        if (message.field() == null) {
            return "";
        }
        int dot = message.field().indexOf('.');
        return dot < 0 ? message.field() : message.field().substring(0, dot);
    }
}
