package org.daftar.designer.editor;

import org.daftar.designer.i18n.DesignerTexts;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a structured editor works with: the file's tree, where it is, the texts of the admin's
 * language, the app's other files, and {@link #save} to run after every change.
 */
public record EditorContext(String location, ObjectNode document, DesignerTexts texts, AppLookup app, Runnable onSaved) {

    /** Writes the tree to the draft, then tells the screen (problems, preview). */
    public void save() {
        app.draft().write(location, document);
        onSaved.run();
    }

    /** The language code labels are shown in: {@code en} or {@code ar}. */
    public String code() {
        return texts.code();
    }

    public String t(String key, Object... arguments) {
        return texts.get(key, arguments);
    }
}
