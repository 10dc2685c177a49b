package org.daftar.data.record;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.daftar.data.record.audit.AuditAction;
import org.daftar.data.record.audit.AuditEntry;
import org.daftar.data.record.audit.AuditRow;
import org.daftar.data.record.audit.AuditedInsert;
import org.daftar.data.record.compute.ReferencedRecords;
import org.daftar.data.record.draft.Draft;
import org.daftar.data.record.draft.RecordChanges;
import org.daftar.data.record.draft.StoredRecord;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.validation.Problems;
import org.daftar.data.record.value.InputValues;
import org.daftar.data.schema.SystemColumns;

/**
 * The record operations on one connection. From {@link RecordService#inTransaction} it works inside
 * the caller's transaction: several writes that succeed or fail together (sample data, an import).
 * Each method behaves as its namesake on {@link RecordService}. Not thread-safe: one thread, one
 * session.
 *
 * <pre>{@code
 * records.inTransaction(session -> {
 *     Map<String, Object> customer = session.create("shop.customer", Map.of("code", "C-0009", "name", "Zaid"), who);
 *     return session.create("shop.sales_order", Map.of("reference", "R-9", "customer", customer.get("id"), ...), who);
 * });
 * }</pre>
 *
 * <p>When the service runs a single write itself, the session owns its transaction and keeps it as
 * short as it can: a new record without lines or auto-numbers is validated with plain reads and
 * written, with its audit row, by one statement that is its own transaction; other writes open a
 * transaction before they lock, number or write anything.
 */
public final class RecordSession {

    private final Connection connection;
    private final Services services;
    private final SaveSteps steps;
    private final SessionTransactions transactions;

    RecordSession(Connection connection, Services services, boolean ownsTransactions) {
        this.connection = connection;
        this.services = services;
        this.steps = new SaveSteps(services);
        this.transactions = new SessionTransactions(connection, ownsTransactions);
    }

    /** The session's connection, for platform code that writes its own tables in the same transaction. */
    public Connection connection() {
        return connection;
    }

    public Map<String, Object> create(String entity, Map<String, ?> values, WriteContext context) {
        EntityModel model = savable(entity);
        EntityTable table = model.table();
        OffsetDateTime now = now();
        Draft draft = services.drafts().forCreate(table, values, now);
        return transactions.run("creating a " + entity, model.unique(), draft.values(), context, false, () -> {
            steps.prepare(connection, draft, context, references());
            boolean numbered = !model.autoNumbers().isEmpty();
            if (numbered) {
                transactions.begin();
                model.autoNumbers().number(connection, draft.values(), now.toLocalDate());
            }
            RecordChanges changes = RecordChanges.of(draft);
            AuditRow audit = new AuditRow(table, 0, AuditAction.CREATE, context.user(), now, context.reason(), changes);
            Map<String, Object> system = RecordMaps.newRecord(now, context.user());
            if (table.lines().isEmpty()) {
                long id = AuditedInsert.insert(connection, draft, audit)
                        .orElseThrow(() -> Refusals.uniqueTaken(connection, model, draft, context));
                system.put(SystemColumns.ID, id);
                return RecordMaps.of(draft, system, changes);
            }
            transactions.begin();
            OptionalLong inserted = services.writer().insertRecord(connection, draft, context.user());
            long id = inserted.orElseThrow(() -> Refusals.uniqueTaken(connection, model, draft, context));
            RecordChanges written = services.writer().writeLines(connection, draft, id, changes, context.user());
            services.audit().write(connection, id, new AuditRow(table, 0, AuditAction.CREATE, context.user(), now, context.reason(),
                    written));
            system.put(SystemColumns.ID, id);
            return RecordMaps.of(draft, system, written);
        });
    }

    public Map<String, Object> update(String entity, long id, Map<String, ?> changes, WriteContext context) {
        EntityModel model = savable(entity);
        EntityTable table = model.table();
        int expected = Refusals.expectedVersion(changes);
        OffsetDateTime now = now();
        Map<String, Object> saving = new LinkedHashMap<>();
        return transactions.run("updating " + entity + " " + id, model.unique(), saving, context, true, () -> {
            StoredRecord stored = lockCurrent(table, id, expected, context);
            Draft draft = services.drafts().forUpdate(stored, changes, now);
            saving.putAll(draft.values());
            steps.prepare(connection, draft, context, references());
            model.autoNumbers().number(connection, draft.values(), stored.createdAt().toLocalDate());
            RecordChanges diff = RecordChanges.of(draft);
            if (diff.isEmpty()) {
                return RecordMaps.of(stored);
            }
            services.writer().updateRecord(connection, draft, context.user());
            RecordChanges written = services.writer().writeLines(connection, draft, id, diff, context.user());
            int version = stored.version() + 1;
            services.audit().write(connection, id, new AuditRow(table, version, AuditAction.UPDATE, context.user(), now,
                    context.reason(), written));
            Map<String, Object> system = new LinkedHashMap<>(stored.system());
            system.put(SystemColumns.VERSION, version);
            system.put(SystemColumns.UPDATED_AT, now);
            system.put(SystemColumns.UPDATED_BY, context.user());
            return RecordMaps.of(draft, system, written);
        });
    }

    /** Soft-deletes the record, if it is still at {@code version}; its lines stay with it. */
    public Map<String, Object> delete(String entity, long id, int version, WriteContext context) {
        EntityModel model = savable(entity);
        OffsetDateTime now = now();
        return transactions.run("deleting " + entity + " " + id, model.unique(), Map.of(), context, true, () -> {
            StoredRecord stored = lockCurrent(model.table(), id, version, context);
            return setDeleted(model, stored, now, context, true);
        });
    }

    /** Undoes a soft delete, unless another record has taken one of its unique keys meanwhile. */
    public Map<String, Object> restore(String entity, long id, WriteContext context) {
        EntityModel model = savable(entity);
        OffsetDateTime now = now();
        return transactions.run("restoring " + entity + " " + id, model.unique(), Map.of(), context, true, () -> {
            StoredRecord stored = services.reader().read(connection, model.table(), id, true)
                    .orElseThrow(() -> Refusals.notFound(model.table(), id, context));
            if (!stored.deleted()) {
                throw Refusals.notDeleted(model.table(), context);
            }
            Problems problems = new Problems(context.locale());
            model.unique().check(connection, services.drafts().unchanged(stored, now), problems, true);
            problems.throwIfAny();
            return setDeleted(model, stored, now, context, false);
        });
    }

    /** The record with {@code id}, deleted or not ({@code deleted_at} says), with its lines. */
    public Optional<Map<String, Object>> read(String entity, long id) {
        EntityTable table = savable(entity).table();
        try {
            return services.reader().read(connection, table, id, false).map(RecordMaps::of);
        } catch (SQLException e) {
            throw SqlFailures.store(e, "reading " + entity + " " + id);
        }
    }

    /** Every write of the record, oldest first, whether it is deleted or not. */
    public List<AuditEntry> history(String entity, long id) {
        EntityTable table = savable(entity).table();
        try {
            return services.audit().history(connection, table, id, -1);
        } catch (SQLException e) {
            throw SqlFailures.store(e, "reading the history of " + entity + " " + id);
        }
    }

    private Map<String, Object> setDeleted(EntityModel model, StoredRecord stored, OffsetDateTime now, WriteContext context,
            boolean deleted) throws SQLException {
        Draft draft = services.drafts().unchanged(stored, now);
        services.writer().setDeleted(connection, draft, context.user(), deleted);
        int version = stored.version() + 1;
        services.audit().write(connection, stored.id(), new AuditRow(model.table(), version,
                deleted ? AuditAction.DELETE : AuditAction.RESTORE, context.user(), now, context.reason(),
                new RecordChanges(Map.of(), List.of())));
        Map<String, Object> system = new LinkedHashMap<>(stored.system());
        system.put(SystemColumns.VERSION, version);
        system.put(SystemColumns.DELETED_AT, deleted ? now : null);
        system.put(SystemColumns.DELETED_BY, deleted ? context.user() : null);
        if (!deleted) {
            system.put(SystemColumns.UPDATED_AT, now);
            system.put(SystemColumns.UPDATED_BY, context.user());
        }
        return RecordMaps.of(new StoredRecord(model.table(), system, stored.values(), stored.lines()));
    }

    /** The record, locked, if it exists, is not deleted and is still at {@code expected}. */
    private StoredRecord lockCurrent(EntityTable table, long id, int expected, WriteContext context) throws SQLException {
        StoredRecord stored = services.reader().read(connection, table, id, true)
                .orElseThrow(() -> Refusals.notFound(table, id, context));
        if (stored.deleted()) {
            throw Refusals.deleted(stored, context, services.clock().getZone());
        }
        if (stored.version() != expected) {
            List<AuditEntry> since = services.audit().history(connection, table, id, expected);
            throw Refusals.stale(stored, expected, since, context, services.clock().getZone());
        }
        return stored;
    }

    private EntityModel savable(String entity) {
        EntityModel model = services.models().get(entity);
        if (model.table().isLines()) {
            throw new IllegalArgumentException("Records of " + entity + " are lines: read and save them with their parent, in its "
                    + "lines field.");
        }
        return model;
    }

    private ReferencedRecords references() {
        return new ReferencedRecords(connection, services.reader(), services.tables());
    }

    private OffsetDateTime now() {
        return InputValues.inZone(OffsetDateTime.now(services.clock()), services.clock().getZone());
    }
}
