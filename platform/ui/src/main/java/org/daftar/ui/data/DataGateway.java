package org.daftar.ui.data;

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
import org.daftar.security.access.AccessDeniedException;

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

    /** The signed-in user's name, as {@code user} fields store it. */
    String user();

    /**
     * The signed-in user's roles: the built-in ones ({@code admin}, {@code manager}, {@code staff})
     * and those of the definitions ({@code app.role}); what reports are shared with.
     */
    Set<String> roles();

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

    /**
     * SQL mode: one read-only SELECT over what the user may read, validated against exactly that
     * (admins and managers only).
     */
    Result runSql(String sql);

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

    /**
     * Keeps an uploaded file for an attachment field of {@code entity} (the user must be able to
     * create or update it), checking the field's limits.
     *
     * @return the attachment value to put in the record: {@code name}, {@code mediaType}, {@code size}, {@code ref}
     */
    Map<String, Object> upload(String entity, String field, String fileName, String mediaType, InputStream content, Locale locale);

    /**
     * Copies an attachment of a record the user can read to {@code out}.
     *
     * @return false when the record, the field or the file is not there (or not readable)
     */
    boolean download(String entity, long id, String field, String ref, OutputStream out);

    /**
     * Imports a CSV file (UTF-8, a header row of field names or labels, one record per row) as new
     * records of {@code entity}, all or nothing; needs the import right. A gateway that cannot import
     * refuses, which is what this default does.
     *
     * @param locale the language of the problems, or {@code null} for the user's
     * @return how many records were added
     * @throws org.daftar.security.access.ImportFailedException when any row fails, with every problem as
     *         {@code row N, field F: message} in the user's language; nothing was added
     * @throws AccessDeniedException without the import right
     */
    default int importCsv(String entity, InputStream csv, Locale locale) {
        throw new AccessDeniedException(locale != null && "ar".equals(locale.getLanguage())
                ? "لا يمكن استيراد السجلات هنا." : "Records cannot be imported here.");
    }
}
