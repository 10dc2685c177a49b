package org.daftar.data.record.compute;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.daftar.data.record.draft.RecordReader;
import org.daftar.data.record.draft.StoredRecord;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.table.EntityTables;
import org.daftar.data.record.table.UncheckedSqlException;

/**
 * The records a save refers to, read once per save in its transaction: what
 * {@code product.stock} reads, and what tells whether a reference points to a record. Records are
 * read in batches ({@link #prefetch}) where the references are known ahead.
 */
public final class ReferencedRecords {

    private final Connection connection;
    private final RecordReader reader;
    private final EntityTables tables;
    private final Map<String, Map<Long, StoredRecord>> loaded = new HashMap<>();
    private final Map<String, Set<Long>> missing = new HashMap<>();

    public ReferencedRecords(Connection connection, RecordReader reader, EntityTables tables) {
        this.connection = connection;
        this.reader = reader;
        this.tables = tables;
    }

    /** Reads the records of {@code entity} with these ids that are not read yet, in one query. */
    public void prefetch(String entity, Collection<Long> ids) {
        Map<Long, StoredRecord> known = loaded.computeIfAbsent(entity, e -> new HashMap<>());
        Set<Long> absent = missing.computeIfAbsent(entity, e -> new HashSet<>());
        Set<Long> wanted = new HashSet<>();
        for (Long id : ids) {
            if (id != null && !known.containsKey(id) && !absent.contains(id)) {
                wanted.add(id);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        EntityTable table = tables.get(entity);
        try {
            known.putAll(reader.readMany(connection, table, wanted));
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
        wanted.stream().filter(id -> !known.containsKey(id)).forEach(absent::add);
    }

    /** The record {@code id} of {@code entity} (deleted or not), or {@code null} when there is none. */
    public StoredRecord get(String entity, long id) {
        StoredRecord record = loaded.getOrDefault(entity, Map.of()).get(id);
        if (record == null && !missing.getOrDefault(entity, Set.of()).contains(id)) {
            prefetch(entity, java.util.List.of(id));
            record = loaded.get(entity).get(id);
        }
        return record;
    }
}
