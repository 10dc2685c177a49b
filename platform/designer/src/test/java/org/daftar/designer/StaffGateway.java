package org.daftar.designer;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daftar.data.record.RecordService;
import org.daftar.data.record.WriteContext;
import org.daftar.data.record.audit.AuditEntry;
import org.daftar.query.QueryEngine;
import org.daftar.query.Result;
import org.daftar.query.RowSink;
import org.daftar.query.model.Query;
import org.daftar.query.schema.ReadableSchema;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.data.Rights;
import org.daftar.ui.runtime.RuntimeHolder;

/**
 * A staff user's door to the records of the published definitions, for the walkthrough: what the
 * built-in {@code staff} role may do (create, read and update; no delete or export), straight to
 * the record service and the query engine of the definitions in force (the holder's snapshot).
 */
public final class StaffGateway implements DataGateway {

    private static final Rights STAFF = new Rights(true, true, true, false, false, false, Set.of(), Set.of());

    private final RuntimeHolder holder;
    private final String user;

    public StaffGateway(RuntimeHolder holder, String user) {
        this.holder = holder;
        this.user = user;
    }

    private RecordService records() {
        return holder.current().records();
    }

    private QueryEngine queries() {
        return holder.current().queries();
    }

    private ReadableSchema everything() {
        return ReadableSchema.everything(holder.current().catalog());
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public Set<String> roles() {
        return Set.of("staff");
    }

    @Override
    public Rights rights(String entity) {
        return STAFF;
    }

    @Override
    public Result run(Query query, Map<String, Object> params) {
        return queries().run(query, everything(), params);
    }

    @Override
    public long estimateRows(Query query, Map<String, Object> params) {
        return queries().estimateRows(query, everything(), params);
    }

    @Override
    public long countRows(Query query, Map<String, Object> params) {
        return queries().countRows(query, everything(), params);
    }

    @Override
    public long export(Query query, Map<String, Object> params, RowSink sink) {
        throw new UnsupportedOperationException("staff may not export");
    }

    @Override
    public Result runSql(String sql) {
        throw new UnsupportedOperationException("staff have no SQL mode");
    }

    @Override
    public Optional<Map<String, Object>> read(String entity, long id) {
        return records().read(entity, id);
    }

    @Override
    public Map<String, Object> create(String entity, Map<String, ?> values, Locale locale, String form) {
        return records().create(entity, values, WriteContext.of(user, locale).throughForm(form));
    }

    @Override
    public Map<String, Object> update(String entity, long id, Map<String, ?> changes, Locale locale, String form) {
        return records().update(entity, id, changes, WriteContext.of(user, locale).throughForm(form));
    }

    @Override
    public Map<String, Object> delete(String entity, long id, int version, Locale locale) {
        throw new UnsupportedOperationException("staff may not delete");
    }

    @Override
    public Map<String, Object> restore(String entity, long id, Locale locale) {
        throw new UnsupportedOperationException("staff may not restore");
    }

    @Override
    public List<AuditEntry> history(String entity, long id) {
        return records().history(entity, id);
    }

    @Override
    public Map<String, Object> upload(String entity, String field, String fileName, String mediaType, InputStream content,
            Locale locale) {
        throw new UnsupportedOperationException("the walkthrough uploads no file");
    }

    @Override
    public boolean download(String entity, long id, String field, String ref, OutputStream out) {
        return false;
    }
}
