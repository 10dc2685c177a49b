package org.daftar.ui.data;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.daftar.data.record.audit.AuditEntry;
import org.daftar.query.Result;
import org.daftar.query.RowSink;
import org.daftar.query.model.Query;

/**
 * Everything a screen reads or writes, for the signed-in user. Screens never call the record
 * service or the query engine themselves: the implementation decides who is writing (the signed-in
 * user, never a name the screen passes) and applies the user's permissions to every call, so a
 * button that a screen hides is also refused when called directly.
 *
 * <p>{@link #rights(String)} tells a screen what to show; the gateway enforces the same rights on
 * every call regardless of what the screen showed.
 */
public interface DataGateway {

    /** What the signed-in user may do with records of {@code entity} (qualified id, {@code app.entity}). */
    Rights rights(String entity);

    /** One page of a list, lookup or report. */
    Result run(Query query, Map<String, Object> params);

    /** PostgreSQL's estimate of the rows of {@code query}: cheap, for a list's size. */
    long estimateRows(Query query, Map<String, Object> params);

    /** The exact number of rows of {@code query}, when the user asks for it. */
    long countRows(Query query, Map<String, Object> params);

    /** Streams every row of {@code query} to {@code sink} (an export); needs the export right. Returns the rows. */
    long export(Query query, Map<String, Object> params, RowSink sink);

    Optional<Map<String, Object>> read(String entity, long id);

    /**
     * Saves a new record.
     *
     * @param form the form the record was entered with, or {@code null}
     */
    Map<String, Object> create(String entity, Map<String, ?> values, Locale locale, String form);

    Map<String, Object> update(String entity, long id, Map<String, ?> changes, Locale locale, String form);

    Map<String, Object> delete(String entity, long id, int version, Locale locale);

    Map<String, Object> restore(String entity, long id, Locale locale);

    /** The audit of one record, oldest first. */
    List<AuditEntry> history(String entity, long id);
}
