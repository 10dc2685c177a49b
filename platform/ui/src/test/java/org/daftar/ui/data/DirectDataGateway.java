package org.daftar.ui.data;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daftar.data.attachment.AttachmentStore;
import org.daftar.data.record.RecordService;
import org.daftar.data.record.WriteContext;
import org.daftar.data.record.audit.AuditEntry;
import org.daftar.model.Definitions;
import org.daftar.model.entity.FieldDef;
import org.daftar.query.QueryEngine;
import org.daftar.query.Result;
import org.daftar.query.SqlMode;
import org.daftar.query.RowSink;
import org.daftar.query.model.Query;
import org.daftar.query.schema.Catalog;
import org.daftar.query.schema.ReadableSchema;

/**
 * A gateway for screen tests: one user with every right, straight to the record service and the
 * query engine. Production uses the application's gateway, which applies permissions.
 */
public final class DirectDataGateway implements DataGateway {

    private final RecordService records;
    private final QueryEngine queries;
    private final ReadableSchema everything;
    private final SqlMode sqlMode;
    private final Definitions definitions;
    private final AttachmentStore attachments;
    private final String user;

    public DirectDataGateway(RecordService records, QueryEngine queries, Catalog catalog, Definitions definitions,
            AttachmentStore attachments, javax.sql.DataSource dataSource, String user) {
        this.records = records;
        this.queries = queries;
        this.everything = ReadableSchema.everything(catalog);
        this.sqlMode = new SqlMode(dataSource, catalog, java.time.Duration.ofSeconds(30));
        this.definitions = definitions;
        this.attachments = attachments;
        this.user = user;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public Set<String> roles() {
        return Set.of("admin");
    }

    @Override
    public Result runSql(String sql) {
        return sqlMode.run(sql, everything);
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
        return queries.stream(query, everything, params, 1_000, sink);
    }

    @Override
    public Optional<Map<String, Object>> read(String entity, long id) {
        return records.read(entity, id);
    }

    @Override
    public Map<String, Object> create(String entity, Map<String, ?> values, Locale locale, String form) {
        return records.create(entity, values, context(locale).throughForm(form));
    }

    @Override
    public Map<String, Object> update(String entity, long id, Map<String, ?> changes, Locale locale, String form) {
        return records.update(entity, id, changes, context(locale).throughForm(form));
    }

    @Override
    public Map<String, Object> delete(String entity, long id, int version, Locale locale) {
        return records.delete(entity, id, version, context(locale));
    }

    @Override
    public Map<String, Object> restore(String entity, long id, Locale locale) {
        return records.restore(entity, id, context(locale));
    }

    @Override
    public List<AuditEntry> history(String entity, long id) {
        return records.history(entity, id);
    }

    @Override
    public Map<String, Object> upload(String entity, String field, String fileName, String mediaType, InputStream content,
            Locale locale) {
        return attachments.store(fieldDef(entity, field), fileName, mediaType, content, locale);
    }

    @Override
    public boolean download(String entity, long id, String field, String ref, OutputStream out) {
        return read(entity, id).isPresent() && attachments.copyTo(ref, out);
    }

    private FieldDef fieldDef(String entity, String field) {
        return definitions.entity("", entity).flatMap(e -> e.field(field))
                .orElseThrow(() -> new IllegalArgumentException("No field " + entity + "." + field));
    }

    private WriteContext context(Locale locale) {
        return WriteContext.of(user, locale);
    }
}
