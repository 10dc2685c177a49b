package org.daftar.designer.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.daftar.designer.yaml.Nodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the editors look up across an app's draft: its entities and their fields, its forms, lists
 * and reports, by the {@code kind} and {@code id} of each file (not by folder).
 */
public final class AppLookup {

    private final DraftAccess draft;

    public AppLookup(DraftAccess draft) {
        this.draft = draft;
    }

    public DraftAccess draft() {
        return draft;
    }

    /** The ids of the files of {@code kind}, in location order. */
    public List<String> ids(String kind) {
        return files(kind).stream().map(file -> Nodes.text(file.tree(), "id")).toList();
    }

    /** The files of {@code kind}, in location order. */
    public List<File> files(String kind) {
        List<File> files = new ArrayList<>();
        for (String location : draft.locations()) {
            draft.tree(location).filter(tree -> kind.equals(Nodes.text(tree, "kind")))
                    .ifPresent(tree -> files.add(new File(location, tree)));
        }
        return files;
    }

    /** The entity file of {@code id} in the app. */
    public Optional<File> entity(String id) {
        return files("entity").stream().filter(file -> Nodes.text(file.tree(), "id").equals(id)).findFirst();
    }

    /** The names of the fields of entity {@code id} (a field's {@code name}, else its {@code id}), in order. */
    public List<String> fieldNames(String entity) {
        return entity(entity).map(file -> fieldNames(file.tree())).orElse(List.of());
    }

    /** The names of the fields of an entity tree. */
    public static List<String> fieldNames(ObjectNode entity) {
        List<String> names = new ArrayList<>();
        JsonNode fields = entity.get("fields");
        if (fields != null && fields.isArray()) {
            fields.forEach(field -> names.add(fieldName(field)));
        }
        return names;
    }

    /** A field's name: its {@code name}, or its {@code id} when it has none. */
    public static String fieldName(JsonNode field) {
        String name = Nodes.text(field, "name");
        return name.isEmpty() ? Nodes.text(field, "id") : name;
    }

    /** One file of the app: where it is and its tree. */
    public record File(String location, ObjectNode tree) {}
}
