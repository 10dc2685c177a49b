package org.daftar.designer.editor;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The files of one app's draft, as the editors read and change them: every file by location, the
 * tree of a file that parses, and a way to save a changed tree.
 */
public interface DraftAccess {

    /** The app's id. */
    String app();

    /** The locations of the app's files in the draft, in order. */
    List<String> locations();

    /** The tree of the file at {@code location}, when it exists and parses. */
    Optional<ObjectNode> tree(String location);

    /** Saves {@code document} as the draft's text of {@code location}. */
    void write(String location, ObjectNode document);
}
