package org.daftar.security.access;

import java.util.Map;
import org.daftar.model.role.PermissionDef.Action;
import org.daftar.query.QueryEngine;
import org.daftar.query.QueryException;
import org.daftar.query.Result;
import org.daftar.query.RowSink;
import org.daftar.query.SqlMode;
import org.daftar.query.model.Query;
import org.daftar.query.schema.ReadableSchema;
import org.daftar.security.audit.AccessAudit;
import org.daftar.security.audit.AccessEvent;
import org.daftar.security.policy.Capability;
import org.daftar.security.policy.EntityRights;
import org.daftar.security.policy.PolicyEngine;
import org.daftar.security.policy.UserContext;

/**
 * Lists, lookups, reports, counts, exports and SQL mode as a user may run them: every query is
 * compiled against the user's {@link ReadableSchema}, so row filters are inside the one statement
 * and hidden fields and unreadable entities cannot be named. Exports also need the export right and
 * are recorded in the access audit; SQL mode needs the SQL-mode capability (admins, managers).
 *
 * <pre>{@code
 * Result page = queries.run(clerk, Query.from("shop.sales_order").select("number", "total").limit(50), Map.of());
 * queries.export(clerk, query, Map.of(), new CsvExport(out), "10.0.0.7");
 * queries.sql(manager, "select status, count(*) as n from shop.sales_order group by status");
 * }</pre>
 */
public final class SecuredQueries {

    private static final int EXPORT_FETCH_SIZE = 500;

    private final QueryEngine engine;
    private final SqlMode sqlMode;
    private final PolicyEngine policy;
    private final AccessAudit audit;
    private final Refusals refusals;

    public SecuredQueries(QueryEngine engine, SqlMode sqlMode, PolicyEngine policy, AccessAudit audit) {
        this.engine = engine;
        this.sqlMode = sqlMode;
        this.policy = policy;
        this.audit = audit;
        this.refusals = new Refusals(policy.definitions());
    }

    /** One page of a list, lookup or report: only the rows and fields the user may read. */
    public Result run(UserContext user, Query query, Map<String, Object> params) {
        ReadableSchema readable = readable(user, query, Action.READ);
        return guarded(user, query, params, () -> engine.run(query, readable, params));
    }

    /** PostgreSQL's estimate of the rows the user would see. */
    public long estimateRows(UserContext user, Query query, Map<String, Object> params) {
        ReadableSchema readable = readable(user, query, Action.READ);
        return guarded(user, query, params, () -> engine.estimateRows(query, readable, params));
    }

    /** The exact number of rows the user would see. */
    public long countRows(UserContext user, Query query, Map<String, Object> params) {
        ReadableSchema readable = readable(user, query, Action.READ);
        return guarded(user, query, params, () -> engine.countRows(query, readable, params));
    }

    /** Streams the rows the user may read to {@code sink}; needs the export right; recorded in the access audit. */
    public long export(UserContext user, Query query, Map<String, Object> params, RowSink sink, String remoteAddress) {
        ReadableSchema readable = readable(user, query, Action.EXPORT);
        long rows = guarded(user, query, params, () -> engine.stream(query, readable, params, EXPORT_FETCH_SIZE, sink));
        audit.record(user.username(), AccessEvent.EXPORT, query.source() + ": " + rows + " rows", remoteAddress);
        return rows;
    }

    /** A manager's SQL over what the user may read; for admins and managers only. */
    public Result sql(UserContext user, String text) {
        if (!policy.has(user, Capability.SQL_MODE)) {
            throw refusals.sqlMode(user.locale());
        }
        return sqlMode.run(text, policy.readableSchema(user));
    }

    /** The user's readable schema, once the action on the query's source is allowed. */
    private ReadableSchema readable(UserContext user, Query query, Action action) {
        EntityRights rights = policy.rights(user, query.source());
        if (!rights.may(Action.READ) || !rights.may(action)) {
            throw refusals.action(query.source(), rights.may(Action.READ) ? action : Action.READ, user.locale());
        }
        return policy.readableSchema(user);
    }

    private interface Run<T> {
        T run();
    }

    /**
     * Runs the query; when the compiler refuses it, tells a refusal (it compiles over every entity
     * and field) from a mistake in the query (it does not either: the compiler's message stands).
     */
    private <T> T guarded(UserContext user, Query query, Map<String, Object> params, Run<T> run) {
        try {
            return run.run();
        } catch (QueryException refused) {
            if (refused.getCause() != null) {
                throw refused; // the database failed: not a question of rights
            }
            try {
                engine.sql(query, policy.everything(), params);
            } catch (QueryException mistake) {
                throw refused;
            }
            throw refusals.query(refused.getMessage(), user.locale());
        }
    }
}
