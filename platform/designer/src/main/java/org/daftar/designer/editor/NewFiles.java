package org.daftar.designer.editor;

import java.util.List;
import org.daftar.designer.yaml.Nodes;
import org.daftar.designer.yaml.YamlDocument;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The first version of the files the designer creates: a new app (its {@code app.yaml} and a first
 * entity), and new entity, form, list and role files, each one that the check accepts as it is.
 * The app's {@code entities:} is kept in step as entities are added.
 */
public final class NewFiles {

    private NewFiles() {}

    /** Where a file of {@code kind} with {@code id} goes in {@code app}'s folder. */
    public static String location(String app, String kind, String id) {
        return switch (kind) {
            case "app" -> app + "/app.yaml";
            case "entity" -> app + "/entities/" + id + ".yaml";
            case "form" -> app + "/forms/" + id + ".yaml";
            case "list" -> app + "/lists/" + id + ".yaml";
            case "role" -> app + "/roles/" + id + ".yaml";
            default -> throw new IllegalArgumentException("No file of kind " + kind);
        };
    }

    /** A new app's {@code app.yaml}, naming its first entity. */
    public static ObjectNode app(String id, String english, String arabic, String entity) {
        ObjectNode app = YamlDocument.object();
        app.put("kind", "app");
        app.put("id", id);
        Nodes.setLabel(app, "label", "en", english);
        Nodes.setLabel(app, "label", "ar", arabic);
        app.put("icon", "vaadin:cubes");
        app.putArray("entities").add(entity);
        app.putArray("menu");
        return app;
    }

    /** A new entity with one required text field, {@code name}. */
    public static ObjectNode entity(String id) {
        ObjectNode entity = YamlDocument.object();
        entity.put("kind", "entity");
        entity.put("id", id);
        Nodes.setLabel(entity, "label", "en", Labels.fromId(id));
        ObjectNode name = entity.putArray("fields").addObject();
        name.put("id", "name");
        name.put("type", "text");
        Nodes.setLabel(name, "label", "en", "Name");
        Nodes.setLabel(name, "label", "ar", "الاسم");
        name.put("required", true);
        return entity;
    }

    /** A new form of {@code entity} with its fields in one section. */
    public static ObjectNode form(String id, String entity, List<String> fields) {
        ObjectNode form = YamlDocument.object();
        form.put("kind", "form");
        form.put("id", id);
        form.put("entity", entity);
        Nodes.setLabel(form, "label", "en", Labels.fromId(id));
        ObjectNode main = form.putArray("sections").addObject();
        main.put("id", "main");
        ArrayNode names = main.putArray("fields");
        fields.forEach(names::add);
        return form;
    }

    /** A new list of {@code entity} showing its first fields. */
    public static ObjectNode list(String id, String entity, List<String> fields) {
        ObjectNode list = YamlDocument.object();
        list.put("kind", "list");
        list.put("id", id);
        list.put("entity", entity);
        Nodes.setLabel(list, "label", "en", Labels.fromId(id));
        ArrayNode columns = list.putArray("columns");
        fields.stream().limit(5).forEach(columns::add);
        return list;
    }

    /** A new role that may read every entity of the app, based on {@code staff}. */
    public static ObjectNode role(String id, List<String> entities) {
        ObjectNode role = YamlDocument.object();
        role.put("kind", "role");
        role.put("id", id);
        Nodes.setLabel(role, "label", "en", Labels.fromId(id));
        role.put("basedOn", "staff");
        ArrayNode permissions = role.putArray("permissions");
        entities.forEach(entity -> {
            ObjectNode permission = permissions.addObject();
            permission.put("entity", entity);
            permission.putArray("actions").add("read");
        });
        return role;
    }
}
