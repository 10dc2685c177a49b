package org.daftar.model.load;

import java.util.ArrayList;
import java.util.List;
import org.daftar.model.entity.CheckDef;
import org.daftar.model.entity.ChoiceOption;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldSettings;

/** Reads an {@code entity} document. */
final class EntityReader {

    private EntityReader() {}

    static EntityDef read(Node node, String appId) {
        String id = node.text("id");
        return new EntityDef(
                appId,
                id,
                node.text("name", id),
                node.label("label"),
                node.label("pluralLabel"),
                node.text("displayName"),
                node.texts("naturalKey"),
                node.list("unique", EntityReader::texts),
                node.list("fields", EntityReader::field),
                node.list("checks", EntityReader::check),
                node.positions(),
                node.at());
    }

    private static List<String> texts(Node array) {
        List<String> names = new ArrayList<>();
        array.json().forEach(item -> names.add(item.asString()));
        return names;
    }

    /** A field; {@code null} when it has no id (the schema check reported it). */
    static FieldDef field(Node node) {
        String id = node.text("id");
        if (id == null) {
            return null;
        }
        return new FieldDef(
                id,
                node.text("name", id),
                node.text("type"),
                node.label("label"),
                node.label("help"),
                node.bool("required"),
                node.bool("unique"),
                node.bool("readOnly"),
                node.plain("default"),
                settings(node),
                node.at());
    }

    private static FieldSettings settings(Node node) {
        boolean autoNumber = "auto-number".equals(node.text("type"));
        return new FieldSettings(
                node.integer("maxLength"),
                node.integer("minLength"),
                autoNumber ? null : node.text("pattern"),
                node.plain("min"),
                node.plain("max"),
                node.integer("precision"),
                node.integer("scale"),
                node.text("currency"),
                node.text("currencyField"),
                node.list("options", option -> new ChoiceOption(option.text("value"), option.label("label"), option.at())),
                node.bool("multiple"),
                node.text("entity"),
                autoNumber ? node.text("pattern") : null,
                node.expression("expression"),
                node.text("resultType"),
                node.text("maxSize"),
                node.texts("accept"));
    }

    private static CheckDef check(Node node) {
        return new CheckDef(
                node.text("id"), node.expression("rule"), node.texts("fields"), node.label("message"), node.at());
    }
}
