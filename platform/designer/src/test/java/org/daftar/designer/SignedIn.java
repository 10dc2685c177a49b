package org.daftar.designer;

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
 * The designer tests' gateway: the user signed in now ({@link #as}), an admin unless a test signs
 * in staff. The designer reads only the user's name and roles through it.
 */
public final class SignedIn implements DataGateway {

    public static final String ADMIN = "amal";
    public static final String STAFF = "sami";

    private static volatile String user = ADMIN;
    private static volatile Set<String> roles = Set.of("admin");

    /** From now on, {@code name} with {@code granted} is signed in. */
    public static void as(String name, String... granted) {
        user = name;
        roles = Set.of(granted);
    }

    public static void admin() {
        as(ADMIN, "admin");
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public Set<String> roles() {
        return roles;
    }

    @Override
    public Rights rights(String entity) {
        return Rights.NONE;
    }

    @Override
    public Result run(Query query, Map<String, Object> params) {
        throw unused();
    }

    @Override
    public long estimateRows(Query query, Map<String, Object> params) {
        throw unused();
    }

    @Override
    public long countRows(Query query, Map<String, Object> params) {
        throw unused();
    }

    @Override
    public long export(Query query, Map<String, Object> params, RowSink sink) {
        throw unused();
    }

    @Override
    public Result runSql(String sql) {
        throw unused();
    }

    @Override
    public Optional<Map<String, Object>> read(String entity, long id) {
        throw unused();
    }

    @Override
    public Map<String, Object> create(String entity, Map<String, ?> values, Locale locale, String form) {
        throw unused();
    }

    @Override
    public Map<String, Object> update(String entity, long id, Map<String, ?> changes, Locale locale, String form) {
        throw unused();
    }

    @Override
    public Map<String, Object> delete(String entity, long id, int version, Locale locale) {
        throw unused();
    }

    @Override
    public Map<String, Object> restore(String entity, long id, Locale locale) {
        throw unused();
    }

    @Override
    public List<AuditEntry> history(String entity, long id) {
        throw unused();
    }

    @Override
    public Map<String, Object> upload(String entity, String field, String fileName, String mediaType, InputStream content,
            Locale locale) {
        throw unused();
    }

    @Override
    public boolean download(String entity, long id, String field, String ref, OutputStream out) {
        throw unused();
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("The designer tests read no records through this gateway");
    }
}
