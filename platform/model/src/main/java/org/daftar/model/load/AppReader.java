package org.daftar.model.load;

import org.daftar.model.app.AppDef;
import org.daftar.model.app.MenuItem;
import org.daftar.model.app.UserAttribute;

/** Reads an {@code app} document. */
final class AppReader {

    private AppReader() {}

    static AppDef read(Node node) {
        return new AppDef(
                node.text("id"),
                node.label("label"),
                node.label("description"),
                node.text("icon"),
                node.text("theme", "default"),
                node.texts("entities"),
                node.list("userAttributes", AppReader::userAttribute),
                node.list("menu", AppReader::menuItem),
                node.positions(),
                node.at());
    }

    private static UserAttribute userAttribute(Node node) {
        return new UserAttribute(node.text("id"), node.text("type"), node.text("entity"), node.at());
    }

    /** A menu item; one with several targets is read as its first and reported by the linker. */
    static MenuItem menuItem(Node node) {
        if (node.has("group") || node.has("items")) {
            return new MenuItem.Group(node.label("group"), node.list("items", AppReader::menuItem), node.at());
        }
        for (MenuItem.Target target : MenuItem.Target.values()) {
            String key = target.name().toLowerCase(java.util.Locale.ROOT);
            if (node.has(key)) {
                return new MenuItem.Link(target, node.text(key), node.get(key).at());
            }
        }
        return new MenuItem.Link(MenuItem.Target.LIST, null, node.at());
    }
}
