package org.daftar.data.record;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.daftar.data.record.compute.Defaults;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.table.EntityTables;
import org.daftar.data.record.validation.FormRules;
import org.daftar.model.form.FormDef;

/** The {@link EntityModel} of each entity and the rules of each form, worked out on first use and kept. */
final class EntityModels {

    private final EntityTables tables;
    private final Map<String, EntityModel> models = new ConcurrentHashMap<>();
    private final Map<String, FormModel> forms = new ConcurrentHashMap<>();

    /** A form's rules and defaults for its entity. */
    record FormModel(FormDef form, FormRules rules, Defaults defaults) {}

    EntityModels(EntityTables tables) {
        this.tables = tables;
    }

    EntityTables tables() {
        return tables;
    }

    EntityModel get(String qualifiedId) {
        EntityModel known = models.get(qualifiedId);
        return known != null ? known : of(tables.get(qualifiedId));
    }

    EntityModel of(EntityTable table) {
        return models.computeIfAbsent(table.qualifiedId(), id -> EntityModel.of(table));
    }

    /**
     * The form {@code formId} of the entity's app, which must be a form of that entity.
     *
     * @throws IllegalArgumentException when there is no such form
     */
    FormModel form(EntityTable table, String formId) {
        String key = table.qualifiedId() + "#" + formId;
        FormModel known = forms.get(key);
        if (known != null) {
            return known;
        }
        FormDef form = tables.definitions().app(table.entity().appId()).flatMap(app -> app.form(formId))
                .filter(f -> f.entity().equals(table.entity().id()))
                .orElseThrow(() -> new IllegalArgumentException("There is no form '" + formId + "' of "
                        + table.qualifiedId() + " in the app '" + table.entity().appId() + "'"));
        return forms.computeIfAbsent(key, k -> new FormModel(form, FormRules.of(table, form), Defaults.of(table, form)));
    }
}
