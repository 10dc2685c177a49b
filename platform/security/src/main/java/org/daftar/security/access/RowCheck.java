package org.daftar.security.access;

import java.sql.Connection;
import java.util.Map;
import java.util.Set;
import org.daftar.model.report.Operator;
import org.daftar.query.QueryEngine;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Query;
import org.daftar.query.schema.ReadableSchema;

/**
 * Whether one record passes a row filter, asked of PostgreSQL with the filter compiled as in every
 * list, on the caller's connection so that a write not yet committed is seen.
 */
final class RowCheck {

    private final QueryEngine queries;

    RowCheck(QueryEngine queries) {
        this.queries = queries;
    }

    /** True when the (not deleted) record {@code id} of {@code entity} passes {@code rows}; always for no filter. */
    boolean passes(Connection connection, String entity, long id, Filter rows) {
        if (rows.equals(Filter.NONE)) {
            return true;
        }
        ReadableSchema only = ReadableSchema.builder().entity(entity, Set.of(), rows).build();
        Query one = Query.from(entity).select("id").where(Filter.of("id", Operator.EQ, id));
        return !queries.run(connection, one, only, Map.of()).rows().isEmpty();
    }
}
