package org.daftar.ui.runtime;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.daftar.data.record.RecordService;
import org.daftar.model.Definitions;
import org.daftar.model.link.FieldTypes;
import org.daftar.query.QueryEngine;
import org.daftar.query.SqlMode;
import org.daftar.query.schema.Catalog;
import org.daftar.security.access.SecuredQueries;
import org.daftar.security.access.SecuredRecords;
import org.daftar.security.audit.AccessAudit;
import org.daftar.security.policy.PolicyEngine;

/**
 * Builds the {@link RuntimeSnapshot} of a set of definitions on one database: what the application
 * did once at start, now done again at every publish.
 *
 * <pre>{@code
 * RuntimeFactory factory = new RuntimeFactory(dataSource, new FieldTypes(plugins.fieldTypes()));
 * RuntimeSnapshot snapshot = factory.build(definitions, version);
 * snapshot.queries().warmUp();          // before users see it
 * }</pre>
 */
public final class RuntimeFactory {

    /** How long a read-only SQL query may run unless configured ({@code daftar.sql-mode.timeout-seconds}). */
    public static final Duration DEFAULT_SQL_TIMEOUT = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final FieldTypes fieldTypes;
    private final AccessAudit audit;
    private final Duration sqlTimeout;

    /** With a new access audit on {@code dataSource} and the default SQL time-out. */
    public RuntimeFactory(DataSource dataSource, FieldTypes fieldTypes) {
        this(dataSource, fieldTypes, new AccessAudit(dataSource, Clock.systemUTC()), DEFAULT_SQL_TIMEOUT);
    }

    public RuntimeFactory(DataSource dataSource, FieldTypes fieldTypes, AccessAudit audit, Duration sqlTimeout) {
        this.dataSource = dataSource;
        this.fieldTypes = fieldTypes;
        this.audit = audit;
        this.sqlTimeout = sqlTimeout;
    }

    /** The services for {@code definitions}, unpublished (tests and benchmarks). */
    public RuntimeSnapshot build(Definitions definitions) {
        return build(definitions, RuntimeSnapshot.Version.UNPUBLISHED);
    }

    /** The services for {@code definitions}, whose tables must already match them. Nothing is warmed up. */
    public RuntimeSnapshot build(Definitions definitions, RuntimeSnapshot.Version version) {
        Catalog catalog = new Catalog(definitions, fieldTypes);
        QueryEngine queries = new QueryEngine(dataSource, catalog);
        RecordService records = RecordService.builder(dataSource, definitions).fieldTypes(fieldTypes).build();
        PolicyEngine policy = new PolicyEngine(definitions);
        SqlMode sqlMode = new SqlMode(dataSource, catalog, sqlTimeout);
        return new RuntimeSnapshot(version, definitions, catalog, queries, records, policy,
                new SecuredRecords(records, queries, policy), new SecuredQueries(queries, sqlMode, policy, audit), sqlMode);
    }

    public FieldTypes fieldTypes() {
        return fieldTypes;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
