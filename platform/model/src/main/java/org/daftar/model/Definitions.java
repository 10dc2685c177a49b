package org.daftar.model;

import java.util.List;
import java.util.Optional;
import org.daftar.model.app.App;
import org.daftar.model.entity.EntityDef;

/** Every app that was loaded, in the order of their ids. The root of the model. */
public record Definitions(List<App> apps) {

    public static final Definitions EMPTY = new Definitions(List.of());

    public Definitions {
        apps = List.copyOf(apps);
    }

    public Optional<App> app(String id) {
        return apps.stream().filter(app -> app.id().equals(id)).findFirst();
    }

    /**
     * The entity named {@code ref} as seen from {@code fromApp}: an entity id of that app, or
     * {@code app.entity} for an entity of another app.
     */
    public Optional<EntityDef> entity(String fromApp, String ref) {
        int dot = ref.indexOf('.');
        String appId = dot < 0 ? fromApp : ref.substring(0, dot);
        String entityId = dot < 0 ? ref : ref.substring(dot + 1);
        return app(appId).flatMap(app -> app.entity(entityId));
    }

    public int entityCount() {
        return apps.stream().mapToInt(app -> app.entities().size()).sum();
    }
}
