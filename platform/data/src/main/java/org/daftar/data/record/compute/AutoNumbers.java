package org.daftar.data.record.compute;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.value.Column;
import org.daftar.model.entity.FieldType;

/**
 * Gives auto-numbers, gap-free per sequence. Each sequence (app, entity, field and the text before
 * the counter, e.g. {@code ORD-2026-}) has a counter row in {@code public.daftar_sequence}; a save
 * increments it in its own transaction, as late as it can, and holds the row's lock until it
 * commits. A save that rolls back gives its number back; concurrent saves of one sequence wait for
 * each other only for the rest of the earlier one's transaction.
 */
public final class AutoNumbers {

    static final String NEXT = "insert into public.daftar_sequence (app, entity, field, prefix, last_value) values (?, ?, ?, ?, 1) "
            + "on conflict (app, entity, field, prefix) do update set last_value = daftar_sequence.last_value + 1 "
            + "returning last_value";

    private final List<Column> columns;
    private final List<AutoNumberFormat> formats;
    private final EntityTable table;

    private AutoNumbers(EntityTable table, List<Column> columns, List<AutoNumberFormat> formats) {
        this.table = table;
        this.columns = columns;
        this.formats = formats;
    }

    public static AutoNumbers of(EntityTable table) {
        List<Column> columns = new ArrayList<>();
        List<AutoNumberFormat> formats = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.is(FieldType.AUTO_NUMBER) && column.field().settings().autoNumberPattern() != null) {
                columns.add(column);
                formats.add(AutoNumberFormat.parse(column.field().settings().autoNumberPattern()));
            }
        }
        return new AutoNumbers(table, columns, formats);
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    /** Gives a number to each auto-number field of {@code values} that has none, for a record created on {@code date}. */
    public void number(Connection connection, Map<String, Object> values, LocalDate date) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (values.get(column.name()) == null) {
                AutoNumberFormat format = formats.get(i);
                values.put(column.name(), format.format(date, next(connection, column, format.prefix(date))));
            }
        }
    }

    private long next(Connection connection, Column column, String prefix) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(NEXT)) {
            statement.setString(1, table.entity().appId());
            statement.setString(2, table.entity().id());
            statement.setString(3, column.field().id());
            statement.setString(4, prefix);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
