package org.daftar.model.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.model.LocalizedText;
import org.daftar.model.SourceRef;

/**
 * An entity: a kind of record, stored as one table.
 *
 * @param appId the app the entity belongs to
 * @param id the stable id
 * @param name the table name; defaults to the id
 * @param displayName how a record is shown to people, e.g. {@code "{name} ({sku})"}
 * @param naturalKey the fields that identify a record to people and to imports
 * @param unique further unique keys, each a list of field names
 */
public record EntityDef(
        String appId,
        String id,
        String name,
        LocalizedText label,
        LocalizedText pluralLabel,
        String displayName,
        List<String> naturalKey,
        List<List<String>> unique,
        List<FieldDef> fields,
        List<CheckDef> checks,
        Map<String, SourceRef> positions,
        SourceRef at) {

    public EntityDef {
        naturalKey = List.copyOf(naturalKey);
        unique = unique.stream().map(List::copyOf).toList();
        fields = List.copyOf(fields);
        checks = List.copyOf(checks);
        positions = Map.copyOf(positions);
    }

    /** Where the value of a top-level key was written, or where the file starts. */
    public SourceRef positionOf(String key) {
        return positions.getOrDefault(key, at);
    }

    /**
     * The column names Daftar gives every table for itself (id, optimistic-locking version, who and
     * when created, updated and deleted, and the parent and order of lines): no field may use them.
     */
    public static final java.util.Set<String> RESERVED_NAMES = java.util.Set.of(
            "id", "version", "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "deleted_by",
            "parent_id", "line_no");

    /** The field called {@code name}. */
    public Optional<FieldDef> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** {@code app.id}: the entity's name across apps. */
    public String qualifiedId() {
        return appId + "." + id;
    }

    public LocalizedText labelOrName() {
        return label != null ? label : LocalizedText.of(name.replace('_', ' '));
    }
}
