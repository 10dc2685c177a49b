package org.daftar.security.access;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.data.record.RecordService;
import org.daftar.data.record.RecordSession;
import org.daftar.data.record.WriteContext;
import org.daftar.data.record.audit.AuditEntry;
import org.daftar.model.Definitions;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.role.PermissionDef.Action;
import org.daftar.query.QueryEngine;
import org.daftar.query.schema.ReadableSchema;
import org.daftar.security.policy.EntityRights;
import org.daftar.security.policy.PolicyEngine;
import org.daftar.security.policy.UserContext;

/**
 * The record service as a user may use it: every call checks the action on the entity, the row
 * filter on the record (before and after a write, in the write's transaction) and the hidden and
 * read-only fields, and refuses with {@link AccessDeniedException}. What is returned has no hidden
 * field.
 *
 * <pre>{@code
 * SecuredRecords records = new SecuredRecords(recordService, queryEngine, policy);
 * Optional<Map<String, Object>> order = records.read(clerk, "shop.sales_order", 12);
 * records.update(clerk, "shop.sales_order", 12, changes, "sales_order");
 * records.deleteAll(clerk, "shop.sales_order", Map.of(12L, 3, 13L, 1));   // all or nothing
 * }</pre>
 *
 * <p>A deleted record passes no row filter: only a user whose rights cover every row may open or
 * restore it.
 */
public final class SecuredRecords {

    private final RecordService records;
    private final PolicyEngine policy;
    private final RowCheck rows;
    private final Refusals refusals;
    private final FieldGuard fields;
    private final CsvImport csvImport;

    public SecuredRecords(RecordService records, QueryEngine queries, PolicyEngine policy) {
        this.records = records;
        this.policy = policy;
        this.rows = new RowCheck(queries);
        this.refusals = new Refusals(policy.definitions());
        this.fields = new FieldGuard(refusals);
        this.csvImport = new CsvImport(new CsvValues(policy.definitions(), queries));
    }

    /** The record, without hidden fields; refused when the user may not read it. */
    public Optional<Map<String, Object>> read(UserContext user, String entity, long id) {
        EntityRights rights = allowed(user, entity, Action.READ);
        return records.inTransaction(session -> {
            Optional<Map<String, Object>> record = session.read(entity, id);
            if (record.isEmpty()) {
                return Optional.<Map<String, Object>>empty();
            }
            requireRow(session, user, entity, id, rights, Action.READ);
            return Optional.of(fields.visible(record.get(), rights, lineRights(user, entity)));
        });
    }

    /** Creates a record the user may create and then see, setting only fields the user may set. */
    public Map<String, Object> create(UserContext user, String entity, Map<String, ?> values, String form) {
        return records.inTransaction(session -> create(session, user, entity, values, form, Action.CREATE));
    }

    /**
     * Imports a CSV file (UTF-8, a header of field names or labels) as new records, all or nothing;
     * needs the import right. Returns how many records were created.
     *
     * @throws ImportFailedException with every problem, {@code row N, field F: message}, when a row fails
     */
    public int importCsv(UserContext user, String entity, InputStream csv) {
        allowed(user, entity, Action.IMPORT);
        EntityDef def = entityDef(entity).orElseThrow();
        ReadableSchema readable = policy.readableSchema(user);
        return records.inTransaction(session -> csvImport.run(session, def, csv, readable, user.locale(),
                values -> create(session, user, entity, values, null, Action.IMPORT)));
    }

    private Map<String, Object> create(RecordSession session, UserContext user, String entity, Map<String, ?> values,
            String form, Action action) {
        EntityRights rights = allowed(user, entity, action);
        Map<String, EntityRights> lines = lineRights(user, entity);
        fields.checkWritable(entity, values, null, rights, lines, user.locale());
        requireLineAction(user, lines, values, Action.CREATE);
        Map<String, Object> created = session.create(entity, values, context(user, form));
        long id = ((Number) created.get("id")).longValue();
        if (!rows.passes(session.connection(), entity, id, rights.rows(action))
                || !rows.passes(session.connection(), entity, id, rights.rows(Action.READ))) {
            throw refusals.createOutsideRows(user.locale());
        }
        return fields.visible(created, rights, lines);
    }

    /** Changes a record the user may change, before and after, without touching fields the user may not set. */
    public Map<String, Object> update(UserContext user, String entity, long id, Map<String, ?> changes, String form) {
        EntityRights rights = allowed(user, entity, Action.UPDATE);
        Map<String, EntityRights> lines = lineRights(user, entity);
        return records.inTransaction(session -> {
            requireRow(session, user, entity, id, rights, Action.UPDATE);
            Map<String, Object> stored = session.read(entity, id).orElseThrow(() -> refusals.record(entity, Action.UPDATE,
                    user.locale()));
            fields.checkWritable(entity, changes, stored, rights, lines, user.locale());
            requireLineAction(user, lines, changes, Action.UPDATE);
            Map<String, Object> saved = session.update(entity, id, changes, context(user, form));
            if (!rows.passes(session.connection(), entity, id, rights.rows(Action.UPDATE))) {
                throw refusals.changeOutsideRows(user.locale());
            }
            return fields.visible(saved, rights, lines);
        });
    }

    /** Soft-deletes a record the user may delete, if it is still at {@code version}. */
    public Map<String, Object> delete(UserContext user, String entity, long id, int version) {
        EntityRights rights = allowed(user, entity, Action.DELETE);
        return records.inTransaction(session -> {
            requireRow(session, user, entity, id, rights, Action.DELETE);
            return fields.visible(session.delete(entity, id, version, context(user, null)), rights, lineRights(user, entity));
        });
    }

    /**
     * Soft-deletes several records, all or nothing: refused (and nothing deleted) when one of them
     * is outside the user's rows or changed since its version.
     *
     * @param versions record id to the version the user saw
     * @return the deleted records
     */
    public List<Map<String, Object>> deleteAll(UserContext user, String entity, Map<Long, Integer> versions) {
        EntityRights rights = allowed(user, entity, Action.DELETE);
        return records.inTransaction(session -> {
            List<Map<String, Object>> deleted = new ArrayList<>();
            for (var record : versions.entrySet()) {
                requireRow(session, user, entity, record.getKey(), rights, Action.DELETE);
                deleted.add(fields.visible(session.delete(entity, record.getKey(), record.getValue(), context(user, null)),
                        rights, Map.of()));
            }
            return deleted;
        });
    }

    /** Undoes a soft delete, when the restored record is one the user may delete. */
    public Map<String, Object> restore(UserContext user, String entity, long id) {
        EntityRights rights = allowed(user, entity, Action.DELETE);
        return records.inTransaction(session -> {
            Map<String, Object> restored = session.restore(entity, id, context(user, null));
            if (!rows.passes(session.connection(), entity, id, rights.rows(Action.DELETE))) {
                throw refusals.record(entity, Action.DELETE, user.locale());
            }
            return fields.visible(restored, rights, lineRights(user, entity));
        });
    }

    /** The record's audit, oldest first, without the values of hidden fields. */
    public List<AuditEntry> history(UserContext user, String entity, long id) {
        EntityRights rights = allowed(user, entity, Action.READ);
        return records.inTransaction(session -> {
            requireRow(session, user, entity, id, rights, Action.READ);
            return session.history(entity, id).stream().map(entry -> withoutHidden(entry, rights)).toList();
        });
    }

    /** What {@code user} may do with {@code entity}: for screens, which show what it allows. */
    public EntityRights rights(UserContext user, String entity) {
        return policy.rights(user, entity);
    }

    EntityRights allowed(UserContext user, String entity, Action action) {
        EntityRights rights = policy.rights(user, entity);
        if (!rights.may(action)) {
            throw refusals.action(entity, action, user.locale());
        }
        return rights;
    }

    private void requireRow(RecordSession session, UserContext user, String entity, long id, EntityRights rights,
            Action action) {
        if (!rows.passes(session.connection(), entity, id, rights.rows(action))) {
            throw refusals.record(entity, action, user.locale());
        }
    }

    /** A lines entity the user's roles name needs its own right when lines are given. */
    private void requireLineAction(UserContext user, Map<String, EntityRights> lines, Map<String, ?> values, Action action) {
        lines.forEach((field, rights) -> {
            if (values.get(field) instanceof List<?> given && !given.isEmpty() && !rights.may(action)
                    && !(action == Action.UPDATE && rights.may(Action.CREATE))) {
                throw refusals.action(rights.entity(), action, user.locale());
            }
        });
    }

    /** Per lines field of {@code entity}, the rights on its lines entity when the user's roles name it. */
    private Map<String, EntityRights> lineRights(UserContext user, String entity) {
        Map<String, EntityRights> lines = new LinkedHashMap<>();
        entityDef(entity).ifPresent(def -> {
            for (FieldDef field : def.fields()) {
                if (field.is(FieldType.LINES) && field.settings() != null && field.settings().entity() != null) {
                    definitions().entity(def.appId(), field.settings().entity()).ifPresent(line -> {
                        EntityRights rights = policy.rights(user, line.qualifiedId());
                        if (!rights.actions().isEmpty()) {
                            lines.put(field.name(), rights);
                        }
                    });
                }
            }
        });
        return lines;
    }

    private static AuditEntry withoutHidden(AuditEntry entry, EntityRights rights) {
        if (rights.hidden().isEmpty()) {
            return entry;
        }
        var changes = new LinkedHashMap<>(entry.changes());
        changes.keySet().removeAll(rights.hidden());
        return new AuditEntry(entry.id(), entry.at(), entry.user(), entry.action(), entry.version(), changes, entry.lines(),
                entry.reason());
    }

    private static WriteContext context(UserContext user, String form) {
        WriteContext context = WriteContext.of(user.username(), user.locale());
        return form == null ? context : context.throughForm(form);
    }

    private Definitions definitions() {
        return policy.definitions();
    }

    private Optional<EntityDef> entityDef(String entity) {
        int dot = entity.indexOf('.');
        return dot < 0 ? Optional.empty() : definitions().entity(entity.substring(0, dot), entity.substring(dot + 1));
    }
}
