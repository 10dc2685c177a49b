package org.daftar.model.app;

import java.util.List;
import java.util.Map;
import org.daftar.model.LocalizedText;
import org.daftar.model.SourceRef;

/** What {@code app.yaml} says: label, icon, theme, the entities that make up the app, its menu. */
public record AppDef(
        String id,
        LocalizedText label,
        LocalizedText description,
        String icon,
        String theme,
        List<String> entities,
        List<UserAttribute> userAttributes,
        List<MenuItem> menu,
        Map<String, SourceRef> positions,
        SourceRef at) {

    public AppDef {
        entities = List.copyOf(entities);
        userAttributes = List.copyOf(userAttributes);
        menu = List.copyOf(menu);
        positions = Map.copyOf(positions);
    }

    /**
     * Ids no app may have: an app's tables live in a PostgreSQL schema named after it, and these
     * schemas belong to PostgreSQL or to Daftar itself.
     */
    public static boolean isReservedId(String id) {
        return id.equals("public") || id.equals("daftar") || id.equals("information_schema") || id.startsWith("pg_");
    }

    /** Where the value of a top-level key was written, or where the file starts. */
    public SourceRef positionOf(String key) {
        return positions.getOrDefault(key, at);
    }
}
