package org.daftar.data.record.validation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.daftar.data.record.draft.Draft;
import org.daftar.data.record.message.Labels;
import org.daftar.data.record.message.Message;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.value.Column;
import org.daftar.data.record.value.JdbcValues;
import org.daftar.data.record.value.SameValues;
import org.daftar.data.schema.Sql;
import org.daftar.data.schema.SystemColumns;
import org.daftar.data.schema.TableSpec;

/**
 * Unique keys (natural key, {@code unique} fields and keys, auto-numbers) are checked before the
 * database would refuse the row, so that people read "Another product already has the SKU 'P-1'."
 * rather than a constraint's name. One query asks about every key of the entity at once; it runs
 * for new records, and for changed ones only when a key's value changes. Should two saves race past
 * the check, the database's unique index refuses the second, and {@link #messageFor} words that
 * refusal the same way.
 */
public final class UniqueRules {

    private final EntityTable table;
    private final List<TableSpec.UniqueKey> keys;
    private final List<List<Column>> columns = new ArrayList<>();
    private final String probe;

    private UniqueRules(EntityTable table) {
        this.table = table;
        this.keys = table.spec().uniqueKeys().stream()
                .filter(key -> key.columns().stream().allMatch(c -> table.column(c).isPresent())).toList();
        List<String> tests = new ArrayList<>();
        for (TableSpec.UniqueKey key : keys) {
            columns.add(key.columns().stream().map(c -> table.column(c).orElseThrow()).toList());
            tests.add("exists(select 1 from " + table.spec().qualifiedName() + " where "
                    + key.columns().stream().map(c -> Sql.quote(c) + " = ?").collect(Collectors.joining(" and "))
                    + " and " + Sql.quote(SystemColumns.DELETED_AT) + " is null and " + Sql.quote(SystemColumns.ID) + " <> ?)");
        }
        this.probe = tests.isEmpty() ? null : "select " + String.join(", ", tests);
    }

    public static UniqueRules of(EntityTable table) {
        return new UniqueRules(table);
    }

    /**
     * Adds a message for each unique key whose values another record (not deleted) already has.
     *
     * @param all check every key, changed or not (a record being restored)
     */
    public void check(Connection connection, Draft draft, Problems problems, boolean all) throws SQLException {
        if (probe == null || !draft.isNew() && !all && !keyChanged(draft)) {
            return;
        }
        long self = draft.isNew() ? -1 : draft.stored().id();
        boolean[] taken = new boolean[keys.size()];
        try (PreparedStatement statement = connection.prepareStatement(probe)) {
            int index = 0;
            for (List<Column> key : columns) {
                for (Column column : key) {
                    JdbcValues.bind(statement, ++index, column.kind(), draft.value(column.name()));
                }
                statement.setLong(++index, self);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                for (int i = 0; i < taken.length; i++) {
                    taken[i] = row.getBoolean(i + 1);
                }
            }
        }
        for (int i = 0; i < taken.length; i++) {
            if (taken[i]) {
                Column first = columns.get(i).getFirst();
                problems.addText(first.name(), null, message(i, draft.values(), problems.locale()));
            }
        }
    }

    /** The words for the database refusing a row because of the unique index {@code constraint}, if it is one of this entity's. */
    public Optional<FieldMessage> messageFor(String constraint, Map<String, Object> values, Locale locale) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).name().equals(constraint)) {
                return Optional.of(new FieldMessage(columns.get(i).getFirst().name(), null, message(i, values, locale)));
            }
        }
        return Optional.empty();
    }

    private String message(int key, Map<String, Object> values, Locale locale) {
        List<Column> key1 = columns.get(key);
        String fields = Labels.joined(key1.stream().map(c -> Labels.fieldInSentence(c.field(), locale)).toList(), locale);
        String shown = key1.stream().map(c -> String.valueOf(values.get(c.name()))).collect(Collectors.joining(", "));
        return Message.UNIQUE.format(locale, "entity", Labels.entity(table.entity(), locale), "fields", fields, "values", shown);
    }

    private boolean keyChanged(Draft draft) {
        for (List<Column> key : columns) {
            for (Column column : key) {
                if (!SameValues.same(draft.value(column.name()), draft.stored().values().get(column.name()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
