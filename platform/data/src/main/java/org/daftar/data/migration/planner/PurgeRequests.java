package org.daftar.data.migration.planner;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.daftar.data.migration.live.LiveEntity;
import org.daftar.data.migration.live.LiveSchema;
import org.daftar.data.migration.desired.DesiredSchema;

/**
 * What a purge was asked for: {@code app.entity} (an archived or removed entity's table) or
 * {@code app.entity.field} (an archived or removed field's column). Only what the definitions no
 * longer have can be purged; anything else is an error that says why.
 */
final class PurgeRequests {

    private final Set<String> entities = new HashSet<>();
    private final Set<String> fields = new HashSet<>();

    private PurgeRequests() {}

    static PurgeRequests check(Collection<String> requests, DesiredSchema target, LiveSchema live) {
        PurgeRequests purges = new PurgeRequests();
        for (String request : requests) {
            String[] parts = request.split("\\.", -1);
            if (parts.length == 2) {
                purges.entities.add(checkEntity(request, parts[0], parts[1], target, live));
            } else if (parts.length == 3) {
                purges.fields.add(checkField(request, parts[0], parts[1], parts[2], target, live));
            } else {
                throw new IllegalArgumentException("Cannot purge '" + request + "': name an entity as app.entity or a field as "
                        + "app.entity.field, e.g. support.ticket.channel.");
            }
        }
        return purges;
    }

    boolean entity(String appId, String entityId) {
        return entities.contains(appId + "." + entityId);
    }

    boolean field(String appId, String entityId, String fieldId) {
        return fields.contains(appId + "." + entityId + "." + fieldId);
    }

    private static String checkEntity(String request, String app, String entity, DesiredSchema target, LiveSchema live) {
        if (target.table(app, entity).isPresent()) {
            throw new IllegalArgumentException("Cannot purge '" + request + "': the entity is still in the definitions. "
                    + "Remove it from them first; its table is then archived, and can be purged.");
        }
        if (live.entity(app, entity).isEmpty()) {
            throw new IllegalArgumentException("Cannot purge '" + request + "': the database has no table of that entity.");
        }
        return request;
    }

    private static String checkField(String request, String app, String entity, String field, DesiredSchema target, LiveSchema live) {
        if (target.field(app, entity, field).isPresent()) {
            throw new IllegalArgumentException("Cannot purge '" + request + "': the field is still in the definitions. "
                    + "Remove it from them first; its column is then archived, and can be purged.");
        }
        if (target.table(app, entity).isEmpty() && live.entity(app, entity).isPresent()) {
            LiveEntity owner = live.entity(app, entity).get();
            throw new IllegalArgumentException("Cannot purge '" + request + "': its entity " + owner.qualifiedId()
                    + " is no longer in the definitions. Purge the whole entity: --purge " + owner.qualifiedId());
        }
        if (live.fieldsOf(app, entity).stream().noneMatch(f -> f.fieldId().equals(field))) {
            throw new IllegalArgumentException("Cannot purge '" + request + "': the database has no column of that field.");
        }
        return request;
    }
}
