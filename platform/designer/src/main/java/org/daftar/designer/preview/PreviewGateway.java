package org.daftar.designer.preview;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daftar.data.record.audit.AuditEntry;
import org.daftar.query.Result;
import org.daftar.query.RowSink;
import org.daftar.query.model.Query;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.data.Rights;

/**
 * The data gateway of a preview: every field may be seen and edited, lookups find nothing, and
 * every write is refused — a draft's tables may not exist yet, and a preview saves nothing.
 */
public final class PreviewGateway implements DataGateway {

    private final String user;

    /** @param user the admin's name, for defaults such as {@code =user} */
    public PreviewGateway(String user) {
        this.user = user;
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
        return new Rights(true, true, true, false, false, false, Set.of(), Set.of());
    }

    @Override
    public Result run(Query query, Map<String, Object> params) {
        return new Result(List.of(), List.of(), List.of());
    }

    @Override
    public long estimateRows(Query query, Map<String, Object> params) {
        return 0;
    }

    @Override
    public long countRows(Query query, Map<String, Object> params) {
        return 0;
    }

    @Override
    public long export(Query query, Map<String, Object> params, RowSink sink) {
        throw refused();
    }

    @Override
    public Result runSql(String sql) {
        throw refused();
    }

    @Override
    public Optional<Map<String, Object>> read(String entity, long id) {
        return Optional.empty();
    }

    @Override
    public Map<String, Object> create(String entity, Map<String, ?> values, Locale locale, String form) {
        throw refused();
    }

    @Override
    public Map<String, Object> update(String entity, long id, Map<String, ?> changes, Locale locale, String form) {
        throw refused();
    }

    @Override
    public Map<String, Object> delete(String entity, long id, int version, Locale locale) {
        throw refused();
    }

    @Override
    public Map<String, Object> restore(String entity, long id, Locale locale) {
        throw refused();
    }

    @Override
    public List<AuditEntry> history(String entity, long id) {
        return List.of();
    }

    @Override
    public Map<String, Object> upload(String entity, String field, String fileName, String mediaType, InputStream content,
            Locale locale) {
        throw refused();
    }

    @Override
    public boolean download(String entity, long id, String field, String ref, OutputStream out) {
        return false;
    }

    private static UnsupportedOperationException refused() {
        return new UnsupportedOperationException("A preview saves and exports nothing.");
    }
}
