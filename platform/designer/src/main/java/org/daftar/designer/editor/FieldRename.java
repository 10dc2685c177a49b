package org.daftar.designer.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daftar.designer.yaml.Nodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Renaming a field: its {@code name} changes and its {@code id} stays, so the storage planner
 * renames the column and keeps the data; and every place of the app that names the field by its
 * old name follows — the entity's display name and keys, the forms and lists of the entity (fields,
 * columns, sort, filters, search, and the names inside their rules and conditions) and the roles'
 * hidden and read-only fields.
 */
public final class FieldRename {

    private static final Pattern NAME = Pattern.compile("(?<![A-Za-z0-9_.])([a-z][a-z0-9_]*)(?![A-Za-z0-9_(])");
    private static final List<String> RULES = List.of("visibleWhen", "requiredWhen", "readOnlyWhen", "default");

    private final String oldName;
    private final String newName;

    public FieldRename(String oldName, String newName) {
        this.oldName = oldName;
        this.newName = newName;
    }

    /** The entity's own mentions: {@code displayName}, {@code naturalKey}, {@code unique}, checks. */
    public void inEntity(ObjectNode entity) {
        String display = Nodes.text(entity, "displayName");
        if (!display.isEmpty()) {
            entity.put("displayName", display.replace("{" + oldName + "}", "{" + newName + "}"));
        }
        renameStrings(entity.get("naturalKey"));
        JsonNode unique = entity.get("unique");
        if (unique != null && unique.isArray()) {
            unique.forEach(this::renameStrings);
        }
        JsonNode checks = entity.get("checks");
        if (checks != null && checks.isArray()) {
            checks.forEach(check -> {
                renameExpression((ObjectNode) check, "rule");
                renameStrings(check.get("fields"));
            });
        }
    }

    /** The forms, lists and roles of the app that name the field of {@code entity}; each changed file is saved. */
    public void inApp(AppLookup app, String entity) {
        for (AppLookup.File form : app.files("form")) {
            if (entity.equals(Nodes.text(form.tree(), "entity")) && renameInForm(form.tree())) {
                app.draft().write(form.location(), form.tree());
            }
        }
        for (AppLookup.File list : app.files("list")) {
            if (entity.equals(Nodes.text(list.tree(), "entity")) && renameInList(list.tree())) {
                app.draft().write(list.location(), list.tree());
            }
        }
        for (AppLookup.File role : app.files("role")) {
            if (renameInRole(role.tree(), entity)) {
                app.draft().write(role.location(), role.tree());
            }
        }
    }

    private boolean renameInForm(ObjectNode form) {
        String before = form.toString();
        JsonNode sections = form.get("sections");
        if (sections != null && sections.isArray()) {
            for (JsonNode section : sections) {
                JsonNode fields = section.get("fields");
                if (fields instanceof ArrayNode array) {
                    for (int i = 0; i < array.size(); i++) {
                        JsonNode entry = array.get(i);
                        if (entry.isString() && entry.asString().equals(oldName)) {
                            array.set(i, StringNode.valueOf(newName));
                        } else if (entry instanceof ObjectNode options) {
                            if (Nodes.text(options, "field").equals(oldName)) {
                                options.put("field", newName);
                            }
                            RULES.forEach(rule -> renameExpression(options, rule));
                        }
                    }
                }
            }
        }
        return !before.equals(form.toString());
    }

    private boolean renameInList(ObjectNode list) {
        String before = list.toString();
        for (String key : List.of("columns", "filters", "quickSearch", "sort")) {
            JsonNode entries = list.get(key);
            if (entries instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    JsonNode entry = array.get(i);
                    if (entry.isString()) {
                        array.set(i, StringNode.valueOf(renamePath(entry.asString())));
                    } else if (entry instanceof ObjectNode options && options.has("field")) {
                        options.put("field", renamePath(Nodes.text(options, "field")));
                    }
                }
            }
        }
        renameExpression(list, "where");
        return !before.equals(list.toString());
    }

    private boolean renameInRole(ObjectNode role, String entity) {
        String before = role.toString();
        JsonNode permissions = role.get("permissions");
        if (permissions != null && permissions.isArray()) {
            for (JsonNode permission : permissions) {
                if (!entity.equals(Nodes.text(permission, "entity"))) {
                    continue;
                }
                renameExpression((ObjectNode) permission, "rows");
                JsonNode fields = permission.get("fields");
                if (fields instanceof ObjectNode byName && byName.has(oldName)) {
                    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(byName.properties());
                    byName.removeAll();
                    entries.forEach(e -> byName.set(e.getKey().equals(oldName) ? newName : e.getKey(), e.getValue()));
                }
            }
        }
        return !before.equals(role.toString());
    }

    private String renamePath(String path) {
        if (path.equals(oldName)) {
            return newName;
        }
        return path.startsWith(oldName + ".") ? newName + path.substring(oldName.length()) : path;
    }

    private void renameStrings(JsonNode node) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isString() && array.get(i).asString().equals(oldName)) {
                    array.set(i, StringNode.valueOf(newName));
                }
            }
        }
    }

    private void renameExpression(ObjectNode node, String key) {
        JsonNode value = node.get(key);
        if (value != null && value.isString()) {
            node.put(key, renameInExpression(value.asString()));
        }
    }

    /** The expression with the field's old name replaced outside quoted texts ({@code 'old'} stays). */
    String renameInExpression(String expression) {
        String[] parts = expression.split("'", -1);
        StringBuilder renamed = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                renamed.append('\'');
            }
            renamed.append(i % 2 == 0 ? renameNames(parts[i]) : parts[i]);
        }
        return renamed.toString();
    }

    private String renameNames(String code) {
        Matcher matcher = NAME.matcher(code);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1).equals(oldName) ? newName : matcher.group(1)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
