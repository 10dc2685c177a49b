package org.daftar.model.load;

import org.daftar.model.FieldRef;
import org.daftar.model.list.ListColumn;
import org.daftar.model.list.ListDef;
import org.daftar.model.list.SortKey;

/** Reads a {@code list} document. */
final class ListReader {

    private ListReader() {}

    static ListDef read(Node node, String appId) {
        Integer pageSize = node.integer("pageSize");
        return new ListDef(
                appId,
                node.text("id"),
                node.text("entity"),
                node.label("label"),
                node.list("columns", ListReader::column),
                node.list("sort", ListReader::sortKey),
                node.fieldRefs("filters"),
                node.fieldRefs("quickSearch"),
                node.expression("where"),
                pageSize != null ? pageSize : ListDef.DEFAULT_PAGE_SIZE,
                node.text("form"),
                node.at());
    }

    private static ListColumn column(Node node) {
        if (node.isText()) {
            return new ListColumn(new FieldRef(node.asText(), node.at()), null, null);
        }
        return new ListColumn(node.fieldRef("field"), node.label("label"), node.text("width"));
    }

    static SortKey sortKey(Node node) {
        return new SortKey(node.fieldRef("field"), node.constant("direction", SortKey.Direction.class, SortKey.Direction.ASC));
    }
}
