package org.daftar.model.load;

import org.daftar.model.form.FormDef;
import org.daftar.model.form.FormFieldDef;
import org.daftar.model.form.SectionDef;

/** Reads a {@code form} document. */
final class FormReader {

    static final int DEFAULT_COLUMNS = 2;

    private FormReader() {}

    static FormDef read(Node node, String appId) {
        Integer columns = node.integer("columns");
        return new FormDef(
                appId,
                node.text("id"),
                node.text("entity"),
                node.label("label"),
                columns != null ? columns : DEFAULT_COLUMNS,
                node.list("sections", FormReader::section),
                node.at());
    }

    private static SectionDef section(Node node) {
        return new SectionDef(
                node.text("id"), node.label("label"), node.integer("columns"), node.list("fields", FormReader::field),
                node.at());
    }

    private static FormFieldDef field(Node node) {
        if (node.isText()) {
            return FormFieldDef.plain(node.asText(), node.at());
        }
        if (!node.has("field")) {
            return null; // reported by the schema check
        }
        return new FormFieldDef(
                node.text("field"),
                node.label("help"),
                node.plain("default"),
                node.expression("visibleWhen"),
                node.expression("requiredWhen"),
                node.expression("readOnlyWhen"),
                node.integer("colspan"),
                node.texts("columns"),
                node.get("field").at());
    }
}
