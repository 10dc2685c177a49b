package org.daftar.bench;

import java.util.ArrayList;
import java.util.List;
import org.daftar.model.load.DefinitionSource;

/**
 * Writes a large, valid set of definitions in memory: {@code apps} apps of {@code entitiesPerApp}
 * entities of {@code fieldsPerEntity} fields each, of every common type, with references to the
 * previous entity, computed fields and checks, and a form and a list per entity.
 */
final class GeneratedDefinitions {

    private static final String[] TYPES = {
        "text", "integer", "decimal", "date", "boolean", "email", "money", "long-text", "percent", "phone"
    };

    private GeneratedDefinitions() {}

    static List<DefinitionSource> generate(int apps, int entitiesPerApp, int fieldsPerEntity) {
        List<DefinitionSource> sources = new ArrayList<>();
        for (int a = 0; a < apps; a++) {
            String app = "app" + a;
            StringBuilder entities = new StringBuilder();
            for (int e = 0; e < entitiesPerApp; e++) {
                String entity = "entity" + e;
                entities.append(e == 0 ? "" : ", ").append(entity);
                sources.add(new DefinitionSource(app + "/entities/" + entity + ".yaml", entity(entity, e, fieldsPerEntity)));
                sources.add(new DefinitionSource(app + "/forms/" + entity + ".yaml", form(entity, fieldsPerEntity)));
                sources.add(new DefinitionSource(app + "/lists/" + entity + ".yaml", list(entity)));
            }
            sources.add(new DefinitionSource(app + "/app.yaml", "kind: app\nid: " + app + "\nlabel: {en: App " + a
                    + ", ar: تطبيق " + a + "}\nentities: [" + entities + "]\nmenu:\n  - list: entity0\n"));
        }
        return sources;
    }

    private static String entity(String id, int index, int fieldCount) {
        StringBuilder yaml = new StringBuilder("kind: entity\nid: ").append(id)
                .append("\nlabel: {en: Entity ").append(index).append(", ar: كيان ").append(index).append("}\n")
                .append("displayName: \"{f0}\"\nnaturalKey: [f0]\nfields:\n");
        for (int f = 0; f < fieldCount - 3; f++) {
            String type = TYPES[f % TYPES.length];
            yaml.append("  - {id: f").append(f).append(", type: ").append(type)
                    .append(", label: {en: Field ").append(f).append(", ar: حقل ").append(f).append("}")
                    .append(type.equals("money") ? ", currency: SAR, min: 0" : "")
                    .append(f == 0 ? ", required: true, maxLength: 40" : "")
                    .append("}\n");
        }
        yaml.append("  - {id: status, type: choice, options: [{value: open, label: {en: Open, ar: مفتوح}}, "
                + "{value: closed, label: {en: Closed, ar: مغلق}}]}\n");
        yaml.append("  - {id: parent, type: reference, entity: ").append(index == 0 ? id : "entity" + (index - 1)).append("}\n");
        yaml.append("  - {id: total, type: computed, expression: \"f1 * f2 + f11\"}\n");
        yaml.append("checks:\n  - {id: positive, rule: \"f1 >= 0 or f1 is empty\", fields: [f1], "
                + "message: {en: Must not be negative, ar: يجب ألا يكون سالبا}}\n");
        return yaml.toString();
    }

    private static String form(String entity, int fieldCount) {
        StringBuilder yaml = new StringBuilder("kind: form\nid: ").append(entity).append("\nentity: ").append(entity)
                .append("\nsections:\n  - id: main\n    fields:\n");
        for (int f = 0; f < fieldCount - 3; f++) {
            yaml.append("      - f").append(f).append('\n');
        }
        yaml.append("      - status\n      - {field: parent, visibleWhen: \"status = 'open'\"}\n      - total\n");
        return yaml.toString();
    }

    private static String list(String entity) {
        return "kind: list\nid: " + entity + "\nentity: " + entity + "\ncolumns: [f0, f1, f2, status, parent.f0]\n"
                + "sort: [{field: f0}]\nquickSearch: [f0]\nwhere: \"status = 'open'\"\n";
    }
}
