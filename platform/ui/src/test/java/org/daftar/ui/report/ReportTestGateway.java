package org.daftar.ui.report;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daftar.data.record.audit.AuditEntry;
import org.daftar.query.QueryEngine;
import org.daftar.query.Result;
import org.daftar.query.RowSink;
import org.daftar.query.SqlMode;
import org.daftar.query.model.Query;
import org.daftar.query.schema.ReadableSchema;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.data.Rights;

/**
 * The report tests' door to data: straight to the query engine over every table, for whichever
 * user and roles a test signs in with {@link #signIn}. Reports never write records, so writing
 * calls are refused.
 */
final class ReportTestGateway implements DataGateway {

    private final QueryEngine queries;
    private final SqlMode sqlMode;
    private final ReadableSchema everything;
    private String user = "sara";
    private Set<String> roles = Set.of("manager");

    ReportTestGateway(QueryEngine queries, SqlMode sqlMode, ReadableSchema everything) {
        this.queries = queries;
        this.sqlMode = sqlMode;
        this.everything = everything;
    }

    /** From now on, calls are made as {@code name} with {@code roleNames}. */
    void signIn(String name, String... roleNames) {
        user = name;
        roles = Set.of(roleNames);
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
        return Rights.ALL;
    }

    @Override
    public Result run(Query query, Map<String, Object> params) {
        return queries.run(query, everything, params);
    }

    @Override
    public long estimateRows(Query query, Map<String, Object> params) {
        return queries.estimateRows(query, everything, params);
    }

    @Override
    public long countRows(Query query, Map<String, Object> params) {
        return queries.countRows(query, everything, params);
    }

    @Override
    public long export(Query query, Map<String, Object> params, RowSink sink) {
        return queries.stream(query, everything, params, 500, sink);
    }

    @Override
    public Result runSql(String sql) {
        if (!roles.contains("admin") && !roles.contains("manager")) {
            throw new SecurityException("SQL mode is for admins and managers");
        }
        return sqlMode.run(sql, everything);
    }

    @Override
    public Optional<Map<String, Object>> read(String entity, long id) {
        throw new UnsupportedOperationException("reports only read through queries");
    }

    @Override
    public Map<String, Object> create(String entity, Map<String, ?> values, Locale locale, String form) {
        throw new UnsupportedOperationException("reports do not write records");
    }

    @Override
    public Map<String, Object> update(String entity, long id, Map<String, ?> changes, Locale locale, String form) {
        throw new UnsupportedOperationException("reports do not write records");
    }

    @Override
    public Map<String, Object> delete(String entity, long id, int version, Locale locale) {
        throw new UnsupportedOperationException("reports do not write records");
    }

    @Override
    public Map<String, Object> restore(String entity, long id, Locale locale) {
        throw new UnsupportedOperationException("reports do not write records");
    }

    @Override
    public List<AuditEntry> history(String entity, long id) {
        throw new UnsupportedOperationException("reports do not read history");
    }

    @Override
    public Map<String, Object> upload(String entity, String field, String fileName, String mediaType, InputStream content,
            Locale locale) {
        throw new UnsupportedOperationException("reports do not upload");
    }

    @Override
    public boolean download(String entity, long id, String field, String ref, OutputStream out) {
        throw new UnsupportedOperationException("reports do not download attachments");
    }
}
