package org.daftar.ui.data;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daftar.data.attachment.AttachmentStore;
import org.daftar.data.record.audit.AuditEntry;
import org.daftar.model.Definitions;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.role.PermissionDef.Action;
import org.daftar.query.Result;
import org.daftar.query.RowSink;
import org.daftar.query.model.Query;
import org.daftar.security.access.AccessDeniedException;
import org.daftar.security.access.SecuredQueries;
import org.daftar.security.access.SecuredRecords;
import org.daftar.security.policy.EntityRights;
import org.daftar.security.policy.PolicyEngine;
import org.daftar.security.policy.UserContext;
import org.daftar.ui.runtime.RuntimeSnapshot;
import java.util.function.Supplier;

/**
 * The data gateway under the policy engine: every call is made as the user {@code currentUser}
 * gives (the application's signed-in user, never a name the screen passes) through the secured
 * facades, so the policy engine decides every read and write. Each call uses the snapshot in force
 * when it is made, so a publish applies from the next call.
 */
public class PolicyDataGateway implements DataGateway {

    private final Supplier<UserContext> currentUser;
    private final Supplier<RuntimeSnapshot> runtime;
    private final Supplier<AttachmentStore> attachments;
    private final Supplier<String> remoteAddress;

    /**
     * @param currentUser the signed-in user, refused with an {@link AccessDeniedException} when there is none
     * @param runtime the snapshot in force (usually a {@link org.daftar.ui.runtime.RuntimeHolder}), read on every call
     * @param attachments the attachment store, or a supplier of null when none is configured
     * @param remoteAddress where the current request comes from, for the access audit (may give null)
     */
    public PolicyDataGateway(Supplier<UserContext> currentUser, Supplier<RuntimeSnapshot> runtime,
            Supplier<AttachmentStore> attachments, Supplier<String> remoteAddress) {
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.attachments = attachments;
        this.remoteAddress = remoteAddress;
    }

    @Override
    public String user() {
        return currentUser.get().username();
    }

    @Override
    public Set<String> roles() {
        return currentUser.get().roles();
    }

    @Override
    public Rights rights(String entity) {
        EntityRights rights = policy().rights(currentUser.get(), entity);
        return new Rights(rights.may(Action.CREATE), rights.may(Action.READ), rights.may(Action.UPDATE),
                rights.may(Action.DELETE), rights.may(Action.EXPORT), rights.may(Action.IMPORT), rights.hidden(),
                rights.readOnly());
    }

    @Override
    public Result run(Query query, Map<String, Object> params) {
        return queries().run(currentUser.get(), query, params);
    }

    @Override
    public long estimateRows(Query query, Map<String, Object> params) {
        return queries().estimateRows(currentUser.get(), query, params);
    }

    @Override
    public long countRows(Query query, Map<String, Object> params) {
        return queries().countRows(currentUser.get(), query, params);
    }

    @Override
    public long export(Query query, Map<String, Object> params, RowSink sink) {
        return queries().export(currentUser.get(), query, params, sink, remoteAddress.get());
    }

    @Override
    public Result runSql(String sql) {
        return queries().sql(currentUser.get(), sql);
    }

    @Override
    public Optional<Map<String, Object>> read(String entity, long id) {
        return records().read(currentUser.get(), entity, id);
    }

    @Override
    public Map<String, Object> create(String entity, Map<String, ?> values, Locale locale, String form) {
        return records().create(as(locale), entity, values, form);
    }

    @Override
    public Map<String, Object> update(String entity, long id, Map<String, ?> changes, Locale locale, String form) {
        return records().update(as(locale), entity, id, changes, form);
    }

    @Override
    public Map<String, Object> delete(String entity, long id, int version, Locale locale) {
        return records().delete(as(locale), entity, id, version);
    }

    @Override
    public Map<String, Object> restore(String entity, long id, Locale locale) {
        return records().restore(as(locale), entity, id);
    }

    @Override
    public int importCsv(String entity, InputStream csv, Locale locale) {
        return records().importCsv(as(locale), entity, csv);
    }

    @Override
    public List<AuditEntry> history(String entity, long id) {
        return records().history(currentUser.get(), entity, id);
    }

    @Override
    public Map<String, Object> upload(String entity, String field, String fileName, String mediaType, InputStream content,
            Locale locale) {
        UserContext user = as(locale);
        EntityRights rights = policy().rights(user, entity);
        if (!(rights.may(Action.CREATE) || rights.may(Action.UPDATE)) || !rights.canSet(field)) {
            throw new AccessDeniedException(arabic(locale) ? "لا يحق لك إرفاق ملفات بهذا الحقل."
                    : "You may not attach files to this field.");
        }
        return store().store(attachmentField(entity, field), fileName, mediaType, content, locale);
    }

    @Override
    public boolean download(String entity, long id, String field, String ref, OutputStream out) {
        UserContext user = currentUser.get();
        Optional<Map<String, Object>> record;
        try {
            record = records().read(user, entity, id);
        } catch (AccessDeniedException e) {
            return false;
        }
        boolean holds = record.map(values -> values.get(field)).map(value -> refersTo(value, ref)).orElse(false);
        return holds && store().copyTo(ref, out);
    }

    private PolicyEngine policy() {
        return runtime.get().policy();
    }

    private SecuredRecords records() {
        return runtime.get().securedRecords();
    }

    private SecuredQueries queries() {
        return runtime.get().securedQueries();
    }

    private UserContext as(Locale locale) {
        UserContext user = currentUser.get();
        return locale == null ? user : user.in(locale);
    }

    private AttachmentStore store() {
        AttachmentStore store = attachments.get();
        if (store == null) {
            throw new IllegalStateException("No attachment store is configured");
        }
        return store;
    }

    private FieldDef attachmentField(String entity, String field) {
        Definitions definitions = policy().definitions();
        int dot = entity.indexOf('.');
        return definitions.entity(entity.substring(0, dot), entity.substring(dot + 1)).flatMap(def -> def.field(field))
                .filter(def -> def.is(FieldType.ATTACHMENT))
                .orElseThrow(() -> new IllegalArgumentException(entity + " has no attachment field '" + field + "'"));
    }

    /** True when the record's attachment value (one map, or a list of them) holds {@code ref}. */
    private static boolean refersTo(Object value, String ref) {
        if (value instanceof Map<?, ?> map) {
            return ref.equals(map.get("ref"));
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(item -> refersTo(item, ref));
        }
        return false;
    }

    private static boolean arabic(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage());
    }

}
