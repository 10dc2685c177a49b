package org.daftar.data.record.compute;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.data.record.draft.LineDraft;
import org.daftar.data.record.draft.StoredRecord;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.table.LinesField;
import org.daftar.data.record.value.Column;
import org.daftar.model.expression.ValueScope;

/**
 * A record as expressions read it: its fields, its lines ({@code sum(lines.amount)} over the lines
 * being saved), the records its references point to ({@code product.stock}, read from the
 * database in the save's transaction) and the user ({@code user}, {@code user.username}: the user
 * name; attributes no directory gives yet are empty).
 *
 * <p>Values are given as the {@link org.daftar.model.expression.Evaluator} expects: moments as
 * local date-times in the service's zone, multiple choices as sets, references as
 * {@link RecordRef}s, users as their user names.
 */
public final class RecordScope implements ValueScope {

    private static final List<String> USER_NAMES = List.of("id", "username", "name");

    private final EntityTable table;
    private final Map<String, Object> values;
    private final Map<String, List<LineDraft>> lines;
    private final ReferencedRecords references;
    private final String user;
    private final ZoneId zone;

    public RecordScope(EntityTable table, Map<String, Object> values, Map<String, List<LineDraft>> lines,
            ReferencedRecords references, String user, ZoneId zone) {
        this.table = table;
        this.values = values;
        this.lines = lines;
        this.references = references;
        this.user = user;
        this.zone = zone;
    }

    @Override
    public Object root(String name) {
        Optional<Column> column = table.column(name);
        if (column.isPresent()) {
            return forExpression(column.get(), values.get(name));
        }
        Optional<LinesField> field = table.linesField(name);
        if (field.isPresent()) {
            List<LineRow> rows = new ArrayList<>();
            lines.getOrDefault(name, List.of()).forEach(line -> rows.add(new LineRow(field.get().child(), line.values())));
            return rows;
        }
        return "user".equals(name) ? user : null;
    }

    @Override
    public Object member(Object owner, String name) {
        return switch (owner) {
            case RecordRef ref -> {
                StoredRecord record = references.get(ref.entity(), ref.id());
                yield record == null ? null : record.table().column(name)
                        .map(column -> forExpression(column, record.values().get(name))).orElse(null);
            }
            case LineRow row -> row.table().column(name).map(column -> forExpression(column, row.values().get(name))).orElse(null);
            case String userName -> USER_NAMES.contains(name) ? userName : null;
            default -> null;
        };
    }

    /** A stored value as the evaluator takes it. */
    Object forExpression(Column column, Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime moment -> moment.atZoneSameInstant(zone).toLocalDateTime();
            case Collection<?> items when column.kind() == org.daftar.data.record.value.FieldKind.MULTI_CHOICE ->
                    new LinkedHashSet<>(items);
            case Long id when column.target() != null -> new RecordRef(column.target(), id);
            default -> value;
        };
    }
}
