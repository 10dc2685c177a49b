package org.daftar.designer.screen;

import java.util.List;
import java.util.Optional;
import org.daftar.designer.draft.AppDraft;
import org.daftar.designer.editor.DraftAccess;
import org.daftar.designer.session.DesignerSession;
import org.daftar.designer.yaml.YamlDocument;
import org.daftar.model.load.DefinitionSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * One app's draft as the screens and editors see it, read through the {@link DesignerSession} (so
 * every read and write is an admin's) and read again after each write.
 */
final class SessionDraft implements DraftAccess {

    private final DesignerSession session;
    private final String app;
    private AppDraft draft;

    SessionDraft(DesignerSession session, String app) {
        this.session = session;
        this.app = app;
        this.draft = session.draft(app);
    }

    @Override
    public String app() {
        return app;
    }

    AppDraft snapshot() {
        return draft;
    }

    void reload() {
        draft = session.draft(app);
    }

    @Override
    public List<String> locations() {
        return draft.appFiles().stream().map(DefinitionSource::location).toList();
    }

    @Override
    public Optional<ObjectNode> tree(String location) {
        return draft.text(location).flatMap(text -> YamlDocument.parse(text).tree());
    }

    Optional<String> text(String location) {
        return draft.text(location);
    }

    @Override
    public void write(String location, ObjectNode document) {
        writeText(location, YamlDocument.write(document));
    }

    void writeText(String location, String text) {
        session.write(app, location, text);
        reload();
    }

    void delete(String location) {
        session.delete(app, location);
        reload();
    }
}
