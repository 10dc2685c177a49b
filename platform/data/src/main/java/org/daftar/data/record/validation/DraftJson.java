package org.daftar.data.record.validation;

import java.util.List;
import java.util.Map;
import org.daftar.data.record.draft.Draft;
import org.daftar.data.record.draft.LineDraft;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.value.Column;
import org.daftar.data.record.value.JsonValues;
import org.daftar.data.schema.SystemColumns;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A draft as the JSON document its record schema checks: the fields a person gives (not the
 * generated ones) that have a value, the lines nested with their ids, and whatever was given
 * that is no field, as given.
 */
final class DraftJson {

    private DraftJson() {}

    static ObjectNode of(Draft draft) {
        ObjectNode record = values(draft.table(), draft.values(), draft.raw());
        draft.lines().forEach((field, lines) -> record.set(field, lines(draft.table(), field, lines)));
        return record;
    }

    private static ArrayNode lines(EntityTable table, String field, List<LineDraft> lines) {
        EntityTable child = table.linesField(field).orElseThrow().child();
        ArrayNode array = JsonValues.newArray();
        for (LineDraft line : lines) {
            ObjectNode row = values(child, line.values(), line.raw());
            if (line.id() != null) {
                row.put(SystemColumns.ID, line.id());
            }
            array.add(row);
        }
        return array;
    }

    private static ObjectNode values(EntityTable table, Map<String, Object> values, Map<String, Object> raw) {
        ObjectNode record = JsonValues.newObject();
        for (Column column : table.columns()) {
            Object value = values.get(column.name());
            if (value != null && !column.generated()) {
                record.set(column.name(), JsonValues.toNode(value));
            }
        }
        raw.forEach((key, value) -> record.set(key, JsonValues.toNode(value)));
        return record;
    }
}
