package org.daftar.data.record.draft;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.table.LinesField;
import org.daftar.data.record.table.SystemFields;
import org.daftar.data.record.value.Column;
import org.daftar.data.record.value.InputValues;
import org.daftar.data.schema.SystemColumns;

/**
 * Builds the {@link Draft} of a save from what the caller gave: each value brought to its field's
 * Java type ({@link InputValues}); system keys ({@code id}, {@code version}, ...) and generated
 * fields (auto-numbers, computed) ignored, as a caller may send back a record as it read it.
 *
 * <p>Lines are given as a list of maps, the whole set: a map with the {@code id} of a stored line
 * updates that line (keys it leaves out keep their values), a map without one adds a line, and
 * stored lines left out are removed. The order of the list is the order of the lines.
 */
public final class Drafts {

    private final ZoneId zone;

    public Drafts(ZoneId zone) {
        this.zone = zone;
    }

    /** The draft of a new record: only what was given (defaults come later). */
    public Draft forCreate(EntityTable table, Map<String, ?> input, OffsetDateTime now) {
        Draft draft = new Draft(table, null, now);
        input.forEach((key, value) -> put(draft, key, value, Map.of()));
        return draft;
    }

    /** The draft of a stored record changed by {@code changes}: stored values, then the changes. */
    public Draft forUpdate(StoredRecord stored, Map<String, ?> changes, OffsetDateTime now) {
        Draft draft = new Draft(stored.table(), stored, now);
        draft.values().putAll(stored.values());
        stored.lines().forEach((field, lines) -> draft.lines().put(field, new ArrayList<>(lines.stream().map(Drafts::copy).toList())));
        changes.forEach((key, value) -> put(draft, key, value, stored.lines()));
        return draft;
    }

    /** The draft of a stored record as it is: what delete and restore check and audit. */
    public Draft unchanged(StoredRecord stored, OffsetDateTime now) {
        return forUpdate(stored, Map.of(), now);
    }

    private void put(Draft draft, String key, Object value, Map<String, List<StoredLine>> stored) {
        EntityTable table = draft.table();
        if (SystemFields.isSystem(key)) {
            return;
        }
        Optional<Column> column = table.column(key);
        if (column.isPresent()) {
            if (!column.get().generated()) {
                draft.values().put(key, InputValues.normalize(column.get(), value, zone));
            }
            return;
        }
        Optional<LinesField> lines = table.linesField(key);
        if (lines.isPresent() && value instanceof List<?> items && items.stream().allMatch(item -> item instanceof Map)) {
            draft.lines().put(key, lines(lines.get(), items, stored.getOrDefault(key, List.of()), draft));
        } else {
            draft.raw().put(key, value);
        }
    }

    private List<LineDraft> lines(LinesField field, List<?> items, List<StoredLine> stored, Draft draft) {
        Map<Long, StoredLine> byId = new HashMap<>();
        stored.forEach(line -> byId.put(line.id(), line));
        List<LineDraft> lines = new ArrayList<>(items.size());
        for (Object item : items) {
            Map<?, ?> given = (Map<?, ?>) item;
            Long id = draft.isNew() ? null : idOf(given.get(SystemColumns.ID));
            LineDraft line = LineDraft.of(id);
            if (id != null) {
                StoredLine old = byId.get(id);
                if (old == null) {
                    throw new IllegalArgumentException("The line with id " + id + " is not one of the '" + field.name()
                            + "' of " + draft.table().qualifiedId() + " " + draft.stored().id()
                            + ": give existing lines with their id and new lines without one.");
                }
                line.values().putAll(old.values());
            }
            given.forEach((key, value) -> putLineValue(field.child(), line, String.valueOf(key), value));
            lines.add(line);
        }
        return lines;
    }

    private void putLineValue(EntityTable child, LineDraft line, String key, Object value) {
        if (SystemFields.isSystem(key)) {
            return;
        }
        Optional<Column> column = child.column(key);
        if (column.isEmpty()) {
            line.raw().put(key, value);
        } else if (!column.get().generated()) {
            line.values().put(key, InputValues.normalize(column.get(), value, zone));
        }
    }

    private static Long idOf(Object value) {
        return switch (value) {
            case null -> null;
            case Number number -> number.longValue();
            case String text when text.matches("\\d{1,18}") -> Long.parseLong(text);
            default -> throw new IllegalArgumentException("A line's id must be a number, not '" + value + "'");
        };
    }

    private static LineDraft copy(StoredLine line) {
        LineDraft draft = LineDraft.of(line.id());
        draft.values().putAll(line.values());
        return draft;
    }
}
