package org.daftar.plugin.action;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.daftar.model.entity.EntityDef;

/**
 * What an action runs on.
 *
 * @param entity the record's entity
 * @param record the record as saved: field name to value (a value may be {@code null}); it cannot
 *     be changed here, an action asks for changes in its {@link ActionResult}
 * @param user the name of the user who clicked
 * @param locale the user's locale, for messages
 */
public record ActionContext(EntityDef entity, Map<String, Object> record, String user, Locale locale) {

    public ActionContext {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(locale, "locale");
        record = Collections.unmodifiableMap(new LinkedHashMap<>(record));
    }
}
