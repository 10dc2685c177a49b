package org.daftar.data.record;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.daftar.data.record.audit.AuditEntry;
import org.daftar.data.record.table.EntityTables;
import org.daftar.model.Definitions;
import org.daftar.model.link.FieldTypes;

/**
 * The record service: creates, reads, updates, soft-deletes and restores records of any entity,
 * each write in a transaction of its own with the record's lines, validated, computed, numbered and
 * audited. Records go in and come out as maps keyed by field name; entities are named
 * {@code app.entity}.
 *
 * <pre>{@code
 * RecordService records = RecordService.builder(dataSource, definitions).fieldTypes(fieldTypes).build();
 * WriteContext sara = WriteContext.of("sara", Locale.ENGLISH);
 *
 * Map<String, Object> tea = records.create("shop.product", Map.of("sku", "P-9", "name", "Tea", "price", 12), sara);
 * Map<String, Object> dearer = new HashMap<>(tea);
 * dearer.put("price", new BigDecimal("14.50"));                // tea.get("version") is in the map: the save
 * records.update("shop.product", (Long) tea.get("id"), dearer, sara.because("New price list")); // is refused if stale
 * records.delete("shop.product", (Long) tea.get("id"), 1, sara);
 * records.history("shop.product", (Long) tea.get("id"));        // create, update, delete
 * }</pre>
 *
 * <p>Values are Java values: String, Long, BigDecimal, Boolean, LocalDate, OffsetDateTime (a
 * LocalDateTime is taken in the clock's zone), LocalTime, List&lt;String&gt; for a multiple
 * choice, a Map (name, mediaType, size, ref) for an attachment, the id (Long) for a reference, and
 * a List of maps for lines. Texts in ISO form are accepted for dates and times; an empty text is no
 * value.
 *
 * <p>Writes throw {@link org.daftar.data.record.validation.ValidationException} with field-level
 * messages in the writer's language when the record breaks a rule, {@link StaleRecordException}
 * when it changed since the version the save is based on, {@link RecordConflictException} when it
 * is deleted (or, to restore, is not), {@link RecordNotFoundException} when there is no such
 * record. Nothing is written in any of these cases.
 *
 * <p>Thread-safe; make one per set of definitions and share it.
 */
public final class RecordService {

    private final DataSource dataSource;
    private final Services services;

    private RecordService(DataSource dataSource, Services services) {
        this.dataSource = dataSource;
        this.services = services;
    }

    /** A service over the tables of {@code definitions} in {@code dataSource}'s database. */
    public static Builder builder(DataSource dataSource, Definitions definitions) {
        return new Builder(dataSource, definitions);
    }

    /** Creates a record (with its lines); returns it as saved, with its id, version 0, numbers and computed values. */
    public Map<String, Object> create(String entity, Map<String, ?> values, WriteContext context) {
        return alone(session -> session.create(entity, values, context));
    }

    /**
     * Changes the fields given in {@code changes} (others keep their values; {@code lines}, when
     * given, is the whole new set of lines), if the record is still at {@code changes.get("version")};
     * returns the record as saved. A save that changes nothing writes nothing.
     */
    public Map<String, Object> update(String entity, long id, Map<String, ?> changes, WriteContext context) {
        return alone(session -> session.update(entity, id, changes, context));
    }

    /** Soft-deletes the record if it is still at {@code version}; it can be read and restored. */
    public Map<String, Object> delete(String entity, long id, int version, WriteContext context) {
        return alone(session -> session.delete(entity, id, version, context));
    }

    /** Undoes a soft delete. */
    public Map<String, Object> restore(String entity, long id, WriteContext context) {
        return alone(session -> session.restore(entity, id, context));
    }

    /** The record with {@code id}, deleted or not ({@code deleted_at} says), with its lines. */
    public Optional<Map<String, Object>> read(String entity, long id) {
        return withConnection(connection -> new RecordSession(connection, services, true).read(entity, id));
    }

    /** Every write of the record, oldest first, deleted records included. */
    public List<AuditEntry> history(String entity, long id) {
        return withConnection(connection -> new RecordSession(connection, services, true).history(entity, id));
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     *
     * <pre>{@code
     * records.inTransaction(session -> {
     *     session.create("shop.product", p1, who);
     *     return session.create("shop.product", p2, who);   // if this fails, p1 is not saved either
     * });
     * }</pre>
     */
    public <T> T inTransaction(Function<RecordSession, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.apply(new RecordSession(connection, services, false));
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw SqlFailures.store(e, "committing");
        }
    }

    /** One write, in a transaction of its own that its session opens and closes. */
    private <T> T alone(Function<RecordSession, T> write) {
        return withConnection(connection -> {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                throw SqlFailures.store(e, "connecting");
            }
            return write.apply(new RecordSession(connection, services, true));
        });
    }

    private <T> T withConnection(Function<Connection, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw SqlFailures.store(e, "connecting");
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Sets up a {@link RecordService}. */
    public static final class Builder {

        private final DataSource dataSource;
        private final Definitions definitions;
        private FieldTypes fieldTypes = new FieldTypes(List.of());
        private Clock clock = Clock.systemDefaultZone();

        private Builder(DataSource dataSource, Definitions definitions) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            this.definitions = Objects.requireNonNull(definitions, "definitions");
        }

        /** The field types plugins add (their schemas and checks apply); none by default. */
        public Builder fieldTypes(FieldTypes types) {
            this.fieldTypes = Objects.requireNonNull(types, "types");
            return this;
        }

        /**
         * The clock of created/updated times, {@code today()} and auto-number dates; its zone is
         * the zone moments are given in and local date-times are taken in. The system's by default.
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public RecordService build() {
            return new RecordService(dataSource, Services.create(new EntityTables(definitions, fieldTypes), clock));
        }
    }
}
