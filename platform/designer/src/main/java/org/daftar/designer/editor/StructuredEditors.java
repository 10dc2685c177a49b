package org.daftar.designer.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import org.daftar.designer.yaml.Nodes;

/** Chooses the structured editor of a file by its {@code kind}; other kinds are edited in the YAML view. */
public final class StructuredEditors {

    private StructuredEditors() {}

    public static Component of(EditorContext context) {
        return switch (Nodes.text(context.document(), "kind")) {
            case "app" -> new AppEditor(context);
            case "entity" -> new EntityEditor(context);
            case "form" -> new FormEditor(context);
            case "list" -> new ListEditor(context);
            case "role" -> new RoleEditor(context);
            default -> {
                Paragraph only = new Paragraph(context.t("editor.yamlOnly", Nodes.text(context.document(), "kind")));
                only.setId("yaml-only");
                yield only;
            }
        };
    }
}
