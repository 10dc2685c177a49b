package org.daftar.model.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daftar.model.Definitions;
import org.daftar.model.SourceRef;
import org.daftar.model.app.App;
import org.daftar.model.app.AppDef;
import org.daftar.model.data.DataSet;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.form.FormDef;
import org.daftar.model.list.ListDef;
import org.daftar.model.report.ReportDef;
import org.daftar.model.role.RoleDef;

/**
 * Groups checked documents into apps: an app is the folder of its {@code app} file, and every
 * other file belongs to the app of the nearest folder above it.
 */
final class AppAssembler {

    private AppAssembler() {}

    static Definitions assemble(List<DocumentReader.Document> documents, List<Problem> problems) {
        Map<String, AppDef> appsByFolder = new LinkedHashMap<>();
        for (DocumentReader.Document document : documents) {
            if (document.kind().equals("app")) {
                AppDef app = readable(document, () -> AppReader.read(document.root()));
                if (app == null || app.id() == null) {
                    continue;
                }
                AppDef earlier = appsByFolder.putIfAbsent(document.folder(), app);
                if (earlier != null) {
                    problems.add(problem(app.at(), "A second app file in the same folder: an app folder has one app file, "
                            + "and " + earlier.at().location() + " is already the app '" + earlier.id() + "'."));
                }
            }
        }
        Map<String, Parts> parts = new LinkedHashMap<>();
        appsByFolder.forEach((folder, app) -> parts.put(folder, new Parts(app)));
        for (DocumentReader.Document document : documents) {
            if (document.kind().equals("app")) {
                continue;
            }
            Parts owner = ownerOf(document.folder(), parts);
            if (owner == null) {
                SourceRef at = document.root().at();
                problems.add(problem(at, "This " + document.kind() + " is not inside an app folder: put it in the folder of an "
                        + "app.yaml (or a folder below it)."));
                continue;
            }
            readable(document, () -> {
                owner.add(document);
                return document;
            });
        }
        return new Definitions(parts.values().stream()
                .map(Parts::toApp)
                .sorted(Comparator.comparing(App::id))
                .toList());
    }

    /**
     * Reads what can be read of a document that broke its schema (and so is already reported);
     * {@code null} when its shape is too far off. A document that conforms must always read: a
     * failure there is a bug and is not hidden.
     */
    private static <T> T readable(DocumentReader.Document document, java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (RuntimeException e) {
            if (document.conforms()) {
                throw e;
            }
            return null;
        }
    }

    private static Parts ownerOf(String folder, Map<String, Parts> parts) {
        String best = null;
        for (String appFolder : parts.keySet()) {
            if (folder.startsWith(appFolder) && (best == null || appFolder.length() > best.length())) {
                best = appFolder;
            }
        }
        return best == null ? null : parts.get(best);
    }

    private static Problem problem(SourceRef at, String message) {
        return new Problem(at.location(), at.line(), at.column(), "$", message);
    }

    /** The parts of one app, collected as they come. */
    private static final class Parts {
        private final AppDef app;
        private final List<EntityDef> entities = new ArrayList<>();
        private final List<FormDef> forms = new ArrayList<>();
        private final List<ListDef> lists = new ArrayList<>();
        private final List<ReportDef> reports = new ArrayList<>();
        private final List<RoleDef> roles = new ArrayList<>();
        private final List<DataSet> data = new ArrayList<>();

        Parts(AppDef app) {
            this.app = app;
        }

        void add(DocumentReader.Document document) {
            Node root = document.root();
            String appId = app.id();
            switch (document.kind()) {
                case "entity" -> entities.add(EntityReader.read(root, appId));
                case "form" -> forms.add(FormReader.read(root, appId));
                case "list" -> lists.add(ListReader.read(root, appId));
                case "report" -> reports.add(ReportReader.read(root, appId));
                case "role" -> roles.add(RoleReader.read(root, appId));
                case "data" -> data.add(DataReader.read(root, appId));
                default -> throw new IllegalStateException("No reader for kind " + document.kind());
            }
        }

        App toApp() {
            return new App(
                    app,
                    sortedBy(entities, EntityDef::id),
                    sortedBy(forms, FormDef::id),
                    sortedBy(lists, ListDef::id),
                    sortedBy(reports, ReportDef::id),
                    sortedBy(roles, RoleDef::id),
                    sortedBy(data, DataSet::entity));
        }

        private static <T> List<T> sortedBy(List<T> items, java.util.function.Function<T, String> key) {
            return items.stream().sorted(Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        }
    }
}
