package org.daftar.data.migration.live;

import java.util.Set;

/**
 * An index or constraint Daftar made, as recorded in {@code daftar_schema_object}.
 *
 * @param name the index's or constraint's name
 * @param key what it is, in stable ids, e.g. {@code unique sku} or
 *     {@code foreign-key customer -> shop.customer}: equal keys are the same object
 * @param fieldIds the fields it involves
 */
public record LiveObject(String appId, String entityId, String name, ObjectKind kind, String key, Set<String> fieldIds) {

    public LiveObject {
        fieldIds = Set.copyOf(fieldIds);
    }
}
