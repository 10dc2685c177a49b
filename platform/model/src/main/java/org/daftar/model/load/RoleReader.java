package org.daftar.model.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.daftar.model.role.PermissionDef;
import org.daftar.model.role.RoleDef;

/** Reads a {@code role} document. */
final class RoleReader {

    private RoleReader() {}

    static RoleDef read(Node node, String appId) {
        return new RoleDef(
                appId, node.text("id"), node.label("label"), node.text("basedOn"),
                node.list("permissions", RoleReader::permission), node.at());
    }

    private static PermissionDef permission(Node node) {
        Set<PermissionDef.Action> actions = node.list("actions").stream()
                .map(action -> new Node(action.json(), node.source()))
                .map(action -> Tokens.constant(PermissionDef.Action.class, action.asText()))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, PermissionDef.FieldAccess> fields = new LinkedHashMap<>();
        if (node.has("fields")) {
            node.get("fields").json().properties().forEach(entry -> {
                PermissionDef.FieldAccess access = Tokens.constant(PermissionDef.FieldAccess.class, entry.getValue().asString());
                if (access != null) {
                    fields.put(entry.getKey(), access);
                }
            });
        }
        return new PermissionDef(node.text("entity"), actions, node.expression("rows"), fields, node.at());
    }
}
