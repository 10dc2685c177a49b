package org.daftar.plugin.validate;

import java.util.List;
import java.util.Map;
import org.daftar.model.entity.EntityDef;

/**
 * A rule a record must follow to be saved, added by a plugin. Daftar asks {@link #appliesTo}
 * once per entity, then calls {@link #validate} on every write to it, and refuses the write when
 * any message comes back.
 *
 * <p>Example, leave must end on or after the day it starts, for any entity with both fields:
 *
 * <pre>{@code
 * public final class EndAfterStart implements RecordValidator {
 *     public boolean appliesTo(EntityDef entity) {
 *         return entity.field("start_date").isPresent() && entity.field("end_date").isPresent();
 *     }
 *     public List<FieldMessage> validate(Map<String, Object> record, EntityDef entity) {
 *         if (record.get("start_date") instanceof LocalDate start
 *                 && record.get("end_date") instanceof LocalDate end && end.isBefore(start)) {
 *             return List.of(FieldMessage.on("end_date", LocalizedText.of(
 *                     "The end date is before the start date",
 *                     "تاريخ النهاية قبل تاريخ البداية")));
 *         }
 *         return List.of();
 *     }
 * }
 * }</pre>
 */
public interface RecordValidator {

    /** True when this validator checks records of {@code entity}. */
    boolean appliesTo(EntityDef entity);

    /**
     * What is wrong with {@code record}; empty when nothing is.
     *
     * @param record the record as it would be saved: field name to value (a value may be
     *     {@code null}); the map cannot be changed
     * @param entity the record's entity
     */
    List<FieldMessage> validate(Map<String, Object> record, EntityDef entity);
}
