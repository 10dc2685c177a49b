package org.daftar.plugin;

import java.util.List;
import java.util.Map;
import org.daftar.model.LocalizedText;
import org.daftar.model.SourceRef;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldSettings;

/** Small definitions built in code, for tests. */
public final class Definitions {

    private Definitions() {
    }

    public static FieldDef field(String name, String type) {
        return new FieldDef(name, name, type, null, null, false, false, false, null,
                FieldSettings.NONE, SourceRef.NONE);
    }

    public static FieldDef labelledField(String name, String type, LocalizedText label) {
        return new FieldDef(name, name, type, label, null, false, false, false, null,
                FieldSettings.NONE, SourceRef.NONE);
    }

    public static EntityDef entity(String appId, String id, FieldDef... fields) {
        return new EntityDef(appId, id, id, null, null, null, List.of(), List.of(),
                List.of(fields), List.of(), Map.of(), SourceRef.NONE);
    }
}
