package org.daftar.ui.form.live;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.data.record.compute.RecordRef;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.table.LinesField;
import org.daftar.data.record.value.Column;
import org.daftar.data.record.value.FieldKind;
import org.daftar.model.expression.ValueScope;

/**
 * A form's current values as the expression evaluator reads them, the way the record service's
 * scope reads a record being saved: moments as local date-times, multiple choices as sets,
 * references as {@link RecordRef}s whose fields are read through the gateway, lines as rows, and
 * {@code user} as the signed-in user's name.
 */
public final class LiveScope implements ValueScope {

    private static final List<String> USER_NAMES = List.of("id", "username", "name");

    private final EntityTable table;
    private final Map<String, ?> values;
    private final ReferencedValues references;
    private final String user;
    private final ZoneId zone;
    private final LiveRecords records;

    LiveScope(LiveRecords records, EntityTable table, Map<String, ?> values, ReferencedValues references, String user,
            ZoneId zone) {
        this.records = records;
        this.table = table;
        this.values = values;
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
        Optional<LinesField> lines = table.linesField(name);
        if (lines.isPresent()) {
            List<Line> rows = new ArrayList<>();
            if (values.get(name) instanceof Collection<?> items) {
                items.forEach(item -> rows.add(new Line(lines.get().child(), item instanceof Map<?, ?> map ? map : Map.of())));
            }
            return rows;
        }
        return "user".equals(name) ? user : null;
    }

    @Override
    public Object member(Object owner, String name) {
        return switch (owner) {
            case RecordRef ref -> references.get(ref.entity(), ref.id())
                    .flatMap(record -> records.table(ref.entity()).column(name).map(c -> forExpression(c, record.get(name))))
                    .orElse(null);
            case Line line -> line.table().column(name).map(c -> forExpression(c, line.values().get(name))).orElse(null);
            case String userName -> USER_NAMES.contains(name) ? userName : null;
            default -> null;
        };
    }

    private Object forExpression(Column column, Object value) {
        return switch (value) {
            case null -> null;
            case String text when text.isEmpty() -> null;
            case OffsetDateTime moment -> moment.atZoneSameInstant(zone).toLocalDateTime();
            case Collection<?> items when column.kind() == FieldKind.MULTI_CHOICE -> new LinkedHashSet<>(items);
            case Number id when column.target() != null && column.kind() == FieldKind.REFERENCE ->
                    new RecordRef(column.target(), id.longValue());
            default -> value;
        };
    }

    /** One line as expressions see it ({@code lines.amount} asks each line for its amount). */
    private record Line(EntityTable table, Map<?, ?> values) {}
}
