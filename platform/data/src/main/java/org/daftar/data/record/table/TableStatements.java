package org.daftar.data.record.table;

import static org.daftar.data.schema.SystemColumns.CREATED_AT;
import static org.daftar.data.schema.SystemColumns.CREATED_BY;
import static org.daftar.data.schema.SystemColumns.DELETED_AT;
import static org.daftar.data.schema.SystemColumns.DELETED_BY;
import static org.daftar.data.schema.SystemColumns.ID;
import static org.daftar.data.schema.SystemColumns.LINE_NO;
import static org.daftar.data.schema.SystemColumns.PARENT_ID;
import static org.daftar.data.schema.SystemColumns.UPDATED_AT;
import static org.daftar.data.schema.SystemColumns.UPDATED_BY;
import static org.daftar.data.schema.SystemColumns.VERSION;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.daftar.data.record.value.Column;
import org.daftar.data.record.value.JdbcValues;
import org.daftar.data.schema.Sql;

/**
 * The SQL of one entity table, written once from quoted identifiers. Parameters, in order:
 *
 * <ul>
 *   <li>{@link #insert()}, {@link #insertRecord()}: each column, then created_at, created_by (and
 *       for lines parent_id, line_no); prepare {@link #insert()} with the generated key
 *       {@link #GENERATED_KEYS}; {@link #insertRecord()} returns the id itself</li>
 *   <li>{@link #update()}: each column (and for lines line_no), then updated_at, updated_by, id</li>
 *   <li>{@link #select()}, {@link #selectForUpdate()}: id; {@link #selectMany()}: an array of ids;
 *       {@link #selectLines()}: the parent's id. Rows give {@link SystemFields#RECORD} (for lines
 *       {@link SystemFields#LINE}), then each column.</li>
 *   <li>{@link #softDelete()}: deleted_at, deleted_by, id; {@link #restore()}: updated_at,
 *       updated_by, id; {@link #deleteLines()}: an array of ids</li>
 * </ul>
 */
public final class TableStatements {

    /** What an insert returns: the new row's id. */
    public static final String[] GENERATED_KEYS = {ID};

    private final String insert;
    private final String insertRecord;
    private final String update;
    private final String select;
    private final String selectMany;
    private final String selectLines;
    private final String softDelete;
    private final String restore;
    private final String deleteLines;

    TableStatements(EntityTable table) {
        String name = table.spec().qualifiedName();
        List<Column> columns = table.columns();
        boolean lines = table.isLines();
        List<String> insertColumns = new ArrayList<>(columns.stream().map(c -> Sql.quote(c.name())).toList());
        List<String> markers = new ArrayList<>(columns.stream().map(c -> JdbcValues.placeholder(c.kind())).toList());
        insertColumns.addAll(List.of(Sql.quote(CREATED_AT), Sql.quote(CREATED_BY)));
        markers.addAll(List.of("?", "?"));
        if (lines) {
            insertColumns.addAll(List.of(Sql.quote(PARENT_ID), Sql.quote(LINE_NO)));
            markers.addAll(List.of("?", "?"));
        }
        insert = "insert into " + name + " (" + String.join(", ", insertColumns) + ") values (" + String.join(", ", markers) + ")";
        insertRecord = insert + " on conflict do nothing returning " + Sql.quote(ID);

        List<String> assignments = new ArrayList<>(columns.stream()
                .map(c -> Sql.quote(c.name()) + " = " + JdbcValues.placeholder(c.kind())).toList());
        if (lines) {
            assignments.add(Sql.quote(LINE_NO) + " = ?");
        }
        assignments.add(Sql.quote(VERSION) + " = " + Sql.quote(VERSION) + " + 1");
        assignments.add(Sql.quote(UPDATED_AT) + " = ?");
        assignments.add(Sql.quote(UPDATED_BY) + " = ?");
        update = "update " + name + " set " + String.join(", ", assignments) + " where " + Sql.quote(ID) + " = ?";

        String fields = columns.stream().map(c -> Sql.quote(c.name())).collect(Collectors.joining(", "));
        String system = (lines ? SystemFields.LINE : SystemFields.RECORD).stream().map(Sql::quote).collect(Collectors.joining(", "));
        String selectAll = "select " + system + (fields.isEmpty() ? "" : ", " + fields) + " from " + name;
        select = selectAll + " where " + Sql.quote(ID) + " = ?";
        selectMany = selectAll + " where " + Sql.quote(ID) + " = any(?)";
        selectLines = selectAll + " where " + Sql.quote(PARENT_ID) + " = ? order by " + Sql.quote(LINE_NO) + ", " + Sql.quote(ID);
        softDelete = "update " + name + " set " + Sql.quote(DELETED_AT) + " = ?, " + Sql.quote(DELETED_BY) + " = ?, "
                + Sql.quote(VERSION) + " = " + Sql.quote(VERSION) + " + 1 where " + Sql.quote(ID) + " = ?";
        restore = "update " + name + " set " + Sql.quote(DELETED_AT) + " = null, " + Sql.quote(DELETED_BY) + " = null, "
                + Sql.quote(VERSION) + " = " + Sql.quote(VERSION) + " + 1, " + Sql.quote(UPDATED_AT) + " = ?, "
                + Sql.quote(UPDATED_BY) + " = ? where " + Sql.quote(ID) + " = ?";
        deleteLines = "delete from " + name + " where " + Sql.quote(ID) + " = any(?)";
    }

    /** Inserts a line (or a record), failing on a unique key another row has. */
    public String insert() {
        return insert;
    }

    /**
     * Inserts a record, or nothing when another record has one of its unique keys (which the
     * caller then words: no constraint error, and the transaction goes on); returns the new id.
     */
    public String insertRecord() {
        return insertRecord;
    }

    public String update() {
        return update;
    }

    public String select() {
        return select;
    }

    /** {@link #select()}, locking the row until the transaction ends. */
    public String selectForUpdate() {
        return select + " for update";
    }

    public String selectMany() {
        return selectMany;
    }

    public String selectLines() {
        return selectLines;
    }

    public String softDelete() {
        return softDelete;
    }

    public String restore() {
        return restore;
    }

    public String deleteLines() {
        return deleteLines;
    }
}
