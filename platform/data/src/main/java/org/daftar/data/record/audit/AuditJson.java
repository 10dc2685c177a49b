package org.daftar.data.record.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.data.record.draft.LineChange;
import org.daftar.data.record.draft.RecordChanges;
import org.daftar.data.record.draft.ValueChange;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.table.LinesField;
import org.daftar.data.record.value.Column;
import org.daftar.data.record.value.JsonValues;
import org.daftar.model.entity.FieldDef;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code changes} of an audit row, keyed by stable field ids:
 * {@code {"price": {"old": 35.5, "new": 40}, "lines": {"lines": [{"id": 7, "line": 2,
 * "action": "update", "changes": {"quantity": {"old": 1, "new": 2}}}]}}}.
 */
final class AuditJson {

    private AuditJson() {}

    static String write(EntityTable table, RecordChanges changes) {
        ObjectNode json = JsonValues.newObject();
        changes.fields().forEach((name, change) -> json.set(idOf(table, name), change(change)));
        for (LineChange line : changes.lines()) {
            LinesField field = table.linesField(line.field()).orElseThrow();
            ObjectNode holder = (ObjectNode) json.get(field.field().id());
            if (holder == null) {
                holder = JsonValues.newObject();
                holder.set("lines", JsonValues.newArray());
                json.set(field.field().id(), holder);
            }
            ObjectNode entry = JsonValues.newObject();
            if (line.id() != null) {
                entry.put("id", line.id());
            }
            entry.put("line", line.lineNo());
            entry.put("action", line.action());
            ObjectNode lineChanges = JsonValues.newObject();
            line.changes().forEach((name, change) -> lineChanges.set(idOf(field.child(), name), change(change)));
            entry.set("changes", lineChanges);
            ((ArrayNode) holder.get("lines")).add(entry);
        }
        return JsonValues.write(json);
    }

    private static ObjectNode change(ValueChange change) {
        ObjectNode node = JsonValues.newObject();
        node.set("old", JsonValues.toNode(change.before()));
        node.set("new", JsonValues.toNode(change.after()));
        return node;
    }

    private static String idOf(EntityTable table, String name) {
        return table.field(name).map(FieldDef::id).orElse(name);
    }

    /** The field changes and line changes of a stored {@code changes}, by current field names. */
    static Parsed read(EntityTable table, String text, ZoneId zone) {
        JsonNode json = JsonValues.read(text);
        Map<String, ValueChange> fields = new LinkedHashMap<>();
        List<LineChange> lines = new ArrayList<>();
        json.properties().forEach(entry -> {
            Optional<FieldDef> field = byId(table, entry.getKey());
            JsonNode value = entry.getValue();
            if (value.has("lines") && field.flatMap(f -> table.linesField(f.name())).isPresent()) {
                LinesField linesField = table.linesField(field.get().name()).orElseThrow();
                value.get("lines").forEach(line -> lines.add(new LineChange(linesField.name(), line.get("action").asString(),
                        line.has("id") ? line.get("id").longValue() : null, line.get("line").intValue(),
                        changes(linesField.child(), line.get("changes"), zone))));
            } else {
                String name = field.map(FieldDef::name).orElse(entry.getKey());
                fields.put(name, valueChange(table.column(name), value, zone));
            }
        });
        return new Parsed(inDefinitionOrder(table, fields), lines);
    }

    /** jsonb keeps keys in an order of its own: back to the order of the definition, removed fields last. */
    private static Map<String, ValueChange> inDefinitionOrder(EntityTable table, Map<String, ValueChange> changes) {
        Map<String, ValueChange> ordered = new LinkedHashMap<>();
        table.entity().fields().forEach(field -> {
            if (changes.containsKey(field.name())) {
                ordered.put(field.name(), changes.get(field.name()));
            }
        });
        changes.forEach(ordered::putIfAbsent);
        return ordered;
    }

    record Parsed(Map<String, ValueChange> fields, List<LineChange> lines) {}

    private static Map<String, ValueChange> changes(EntityTable table, JsonNode json, ZoneId zone) {
        Map<String, ValueChange> changes = new LinkedHashMap<>();
        if (json != null) {
            json.properties().forEach(entry -> {
                String name = byId(table, entry.getKey()).map(FieldDef::name).orElse(entry.getKey());
                changes.put(name, valueChange(table.column(name), entry.getValue(), zone));
            });
        }
        return inDefinitionOrder(table, changes);
    }

    private static ValueChange valueChange(Optional<Column> column, JsonNode change, ZoneId zone) {
        return new ValueChange(decode(column, change.get("old"), zone), decode(column, change.get("new"), zone));
    }

    private static Object decode(Optional<Column> column, JsonNode value, ZoneId zone) {
        return column.isPresent() ? JsonValues.fromNode(value, column.get().kind(), zone) : JsonValues.plain(value);
    }

    private static Optional<FieldDef> byId(EntityTable table, String id) {
        return table.entity().fields().stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
