package org.daftar.data.migration.live;

/**
 * An entity as recorded in {@code daftar_schema_entity}.
 *
 * @param tableName the table in the app's schema: the entity's name, or its archived name
 * @param archived whether the entity left the definitions (its table is kept, renamed aside)
 */
public record LiveEntity(String appId, String entityId, String tableName, boolean archived) {

    /** {@code app.entity}. */
    public String qualifiedId() {
        return appId + "." + entityId;
    }
}
