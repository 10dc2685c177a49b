package org.daftar.ui;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.daftar.data.record.audit.AuditEntry;
import org.daftar.query.Result;
import org.daftar.query.RowSink;
import org.daftar.query.model.Query;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.data.Rights;

/**
 * The list tests' gateway: a {@link org.daftar.ui.data.DirectDataGateway} whose rights a test may
 * narrow ({@link #grant}) to see what a screen hides, or replace by another user's gateway
 * ({@link #signIn}); {@link #reset} gives every right back. Imports go through the policy engine
 * ({@link org.daftar.ui.data.PolicyDataGateway}) and are refused, as the engine would, when the
 * granted rights have no import.
 */
public final class ListTestGateway implements DataGateway {

    private static volatile Rights granted = Rights.ALL;
    private static volatile DataGateway signedIn;

    private final DataGateway direct;
    private final DataGateway secured;

    /**
     * @param direct the gateway of every call but imports
     * @param secured the gateway imports go through, under the policy engine
     */
    ListTestGateway(DataGateway direct, DataGateway secured) {
        this.direct = direct;
        this.secured = secured;
    }

    /** From now on, the user has {@code rights} on every entity. */
    public static void grant(Rights rights) {
        granted = rights;
    }

    public static void reset() {
        granted = Rights.ALL;
        signedIn = null;
    }

    /**
     * From now on, every call goes to {@code gateway} (e.g. a {@link org.daftar.ui.data.PolicyDataGateway}
     * for a user whose roles restrict rows), rights included, until {@link #reset}.
     */
    public static void signIn(DataGateway gateway) {
        signedIn = gateway;
    }

    private DataGateway delegate() {
        DataGateway other = signedIn;
        return other != null ? other : direct;
    }

    @Override
    public String user() {
        return delegate().user();
    }

    @Override
    public java.util.Set<String> roles() {
        return delegate().roles();
    }

    @Override
    public Result runSql(String sql) {
        return delegate().runSql(sql);
    }

    @Override
    public Rights rights(String entity) {
        DataGateway other = signedIn;
        return other != null ? other.rights(entity) : granted;
    }

    @Override
    public Result run(Query query, Map<String, Object> params) {
        return delegate().run(query, params);
    }

    @Override
    public long estimateRows(Query query, Map<String, Object> params) {
        return delegate().estimateRows(query, params);
    }

    @Override
    public long countRows(Query query, Map<String, Object> params) {
        return delegate().countRows(query, params);
    }

    @Override
    public long export(Query query, Map<String, Object> params, RowSink sink) {
        return delegate().export(query, params, sink);
    }

    @Override
    public Optional<Map<String, Object>> read(String entity, long id) {
        return delegate().read(entity, id);
    }

    @Override
    public Map<String, Object> create(String entity, Map<String, ?> values, Locale locale, String form) {
        return delegate().create(entity, values, locale, form);
    }

    @Override
    public Map<String, Object> update(String entity, long id, Map<String, ?> changes, Locale locale, String form) {
        return delegate().update(entity, id, changes, locale, form);
    }

    @Override
    public Map<String, Object> delete(String entity, long id, int version, Locale locale) {
        return delegate().delete(entity, id, version, locale);
    }

    @Override
    public Map<String, Object> restore(String entity, long id, Locale locale) {
        return delegate().restore(entity, id, locale);
    }

    @Override
    public List<AuditEntry> history(String entity, long id) {
        return delegate().history(entity, id);
    }

    @Override
    public Map<String, Object> upload(String entity, String field, String fileName, String mediaType, InputStream content,
            Locale locale) {
        return delegate().upload(entity, field, fileName, mediaType, content, locale);
    }

    @Override
    public boolean download(String entity, long id, String field, String ref, OutputStream out) {
        return delegate().download(entity, id, field, ref, out);
    }

    @Override
    public int importCsv(String entity, InputStream csv, Locale locale) {
        if (!granted.importRecords()) {
            throw new org.daftar.security.access.AccessDeniedException("You may not import records of " + entity + ".");
        }
        return secured.importCsv(entity, csv, locale);
    }
}
