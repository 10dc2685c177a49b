package org.daftar.designer.screen;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.daftar.designer.draft.DraftFile;
import org.daftar.designer.editor.AppLookup;
import org.daftar.designer.editor.NewFiles;
import org.daftar.designer.i18n.DesignerTexts;
import org.daftar.designer.publish.PublishOutcome;
import org.daftar.designer.publishdialog.PublishDialog;
import org.daftar.designer.session.DesignerSession;
import org.daftar.designer.versions.VersionsDialog;
import org.daftar.designer.yaml.Nodes;
import org.daftar.model.load.LoadResult;
import org.daftar.plugin.Plugins;
import org.daftar.ui.shell.MainLayout;
import org.daftar.ui.shell.UiLanguage;
import org.springframework.beans.factory.ObjectProvider;
import tools.jackson.databind.node.ObjectNode;

/**
 * One app in the designer ({@code designer/APP}), for admins only: its files (new entity, form,
 * list and role — a new entity joins the app's entities, a new list its menu; delete), the selected file in its editor ({@link FileEditorPanel}), and the app's
 * actions — Publish (with the plan), Versions (compare, roll back), Discard draft and Export.
 */
@Route(value = "designer/:app", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AppDesignerView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final DesignerSession session;
    private final Plugins plugins;
    private final Grid<String> files = new Grid<>();
    private final Div editor = new Div();
    private final Span status = new Span();
    private final Paragraph message = new Paragraph();
    private DesignerTexts texts;
    private SessionDraft draft;
    private String app;
    private FileEditorPanel panel;

    public AppDesignerView(DesignerSession session, ObjectProvider<Plugins> plugins) {
        this.session = session;
        this.plugins = plugins.getIfAvailable(Plugins::none);
        setId("app-designer");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        app = event.getRouteParameters().get("app").orElse("");
        if (!session.mayDesign()) {
            event.rerouteToError(NotFoundException.class, "There is no page designer/" + app);
            return;
        }
        draft = new SessionDraft(session, app);
        if (draft.locations().isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no app " + app);
            return;
        }
        build(DesignerTexts.of(UiLanguage.of(event.getUI()).locale()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (draft != null && (texts == null || !texts.language().locale().equals(DesignerTexts.of(event.getLocale()).language().locale()))) {
            String open = panel == null ? null : panel.location();
            build(DesignerTexts.of(event.getLocale()));
            if (open != null) {
                open(open);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return texts == null ? "" : texts.get("designer.appTitle", app);
    }

    private void build(DesignerTexts language) {
        texts = language;
        removeAll();
        panel = null;
        getElement().setAttribute("dir", texts.direction());
        H2 title = new H2(texts.get("designer.appTitle", app));
        Anchor back = new Anchor("designer", texts.get("designer.back"));
        back.setId("designer-back");
        Button publish = button("publish", "app.publish", this::publish);
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button versions = button("versions", "app.versions", this::versions);
        Button discard = button("discard-draft", "app.discard", this::discard);
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Anchor export = new Anchor(Downloads.appZip(session, app), texts.get("app.export"));
        export.setId("export-app");
        export.setEnabled(draft.snapshot().isPublished());
        status.setId("draft-status");
        message.setId("app-message");
        HorizontalLayout actions = new HorizontalLayout(publish, versions, discard, export, status);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true);

        files.setId("files");
        files.removeAllColumns();
        files.addColumn(location -> location.substring(app.length() + 1) + (changed().contains(location) ? " •" : ""))
                .setHeader(texts.get("app.files"));
        files.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null && (panel == null || !panel.location().equals(event.getValue()))) {
                open(event.getValue());
            }
        });
        HorizontalLayout newFiles = new HorizontalLayout(
                button("new-entity", "app.newEntity", () -> newFile("entity")),
                button("new-form", "app.newForm", () -> newFile("form")),
                button("new-list", "app.newList", () -> newFile("list")),
                button("new-role", "app.newRole", () -> newFile("role")),
                button("delete-file", "app.deleteFile", this::deleteFile));
        newFiles.setWrap(true);
        VerticalLayout left = new VerticalLayout(files, newFiles);
        left.setPadding(false);
        left.setSizeFull();
        left.expand(files);
        editor.setId("editor");
        editor.setWidthFull();
        editor.getStyle().set("padding-inline", "var(--lumo-space-m)");
        Scroller editorScroller = new Scroller(editor);
        editorScroller.setSizeFull();
        editorScroller.setScrollDirection(Scroller.ScrollDirection.VERTICAL);
        SplitLayout split = new SplitLayout(left, editorScroller);
        split.setSplitterPosition(25);
        split.setSizeFull();
        add(new HorizontalLayout(title, back), actions, message, split);
        expand(split);
        refreshFiles();
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(texts.get(key), click -> action.run());
        button.setId(id);
        return button;
    }

    /** Opens the file at {@code location} in the editor. */
    public FileEditorPanel open(String location) {
        session.requireAdmin();
        editor.removeAll();
        panel = new FileEditorPanel(session, draft, location, texts, plugins, this::refreshStatus);
        editor.add(panel);
        if (!location.equals(files.asSingleSelect().getValue())) {
            files.asSingleSelect().setValue(location);
        }
        return panel;
    }

    /** The file open in the editor, if any. */
    public Optional<FileEditorPanel> panel() {
        return Optional.ofNullable(panel);
    }

    public Grid<String> files() {
        return files;
    }

    /** What the last action said (publish, discard, a refusal). */
    public String message() {
        return message.getText();
    }

    private Set<String> changed() {
        return draft.snapshot().changes().stream().map(DraftFile::location).collect(java.util.stream.Collectors.toSet());
    }

    private void refreshFiles() {
        List<String> locations = draft.locations();
        String selected = files.asSingleSelect().getValue();
        files.setItems(locations);
        if (selected != null && locations.contains(selected)) {
            files.asSingleSelect().setValue(selected);
        }
        refreshStatus();
    }

    private void refreshStatus() {
        List<DraftFile> changes = draft.snapshot().changes();
        Optional<DraftFile> last = changes.stream().max(java.util.Comparator.comparing(DraftFile::updatedAt));
        status.setText(last.map(file -> texts.get("app.draft", changes.size(), file.updatedBy(), java.util.Date.from(file.updatedAt())))
                .orElse(texts.get("app.noDraft")));
        files.getDataProvider().refreshAll();
    }

    /** Creates a new file of {@code kind} ({@code entity}, {@code form}, {@code list}, {@code role}) after asking its id. */
    public NewFileDialog newFile(String kind) {
        session.requireAdmin();
        AppLookup appFiles = new AppLookup(draft);
        NewFileDialog dialog = new NewFileDialog(texts, kind, appFiles.ids(kind), appFiles.ids("entity"), (id, entity) -> {
            String location = NewFiles.location(app, kind, id);
            switch (kind) {
                case "entity" -> {
                    draft.write(location, NewFiles.entity(id));
                    appTree().ifPresent(tree -> {
                        Nodes.array(tree, "entities").add(id);
                        draft.write(app + "/app.yaml", tree);
                    });
                }
                case "form" -> draft.write(location, NewFiles.form(id, entity, appFiles.fieldNames(entity)));
                case "list" -> {
                    draft.write(location, NewFiles.list(id, entity, appFiles.fieldNames(entity)));
                    appTree().ifPresent(tree -> {
                        Nodes.array(tree, "menu").addObject().put("list", id);
                        draft.write(app + "/app.yaml", tree);
                    });
                }
                default -> draft.write(location, NewFiles.role(id, appFiles.ids("entity")));
            }
            refreshFiles();
            open(location);
        });
        dialog.open();
        return dialog;
    }

    private void deleteFile() {
        String location = files.asSingleSelect().getValue();
        if (location == null || location.equals(app + "/app.yaml")) {
            return;
        }
        Optional<ObjectNode> tree = draft.tree(location);
        draft.delete(location);
        if (tree.isPresent() && "entity".equals(Nodes.text(tree.get(), "kind"))) {
            String id = Nodes.text(tree.get(), "id");
            appTree().ifPresent(app -> {
                List<String> kept = Nodes.strings(app, "entities").stream().filter(e -> !e.equals(id)).toList();
                Nodes.setStrings(app, "entities", kept);
                draft.write(this.app + "/app.yaml", app);
            });
        }
        editor.removeAll();
        panel = null;
        files.asSingleSelect().clear();
        refreshFiles();
    }

    private Optional<ObjectNode> appTree() {
        return draft.tree(app + "/app.yaml");
    }

    /** Opens the publish dialog with the draft's check or plan. */
    public PublishDialog publish() {
        session.requireAdmin();
        var all = draft.snapshot().allFiles();
        LoadResult check = session.check(all);
        PublishDialog dialog = new PublishDialog(texts, texts.get("publish.title", app), check, check.ok() ? session.plan(all) : null,
                true, comment -> session.publish(app, comment.isBlank() ? texts.get("publish.defaultComment") : comment),
                this::published);
        dialog.open();
        return dialog;
    }

    private void published(PublishOutcome outcome) {
        message.setText(outcome.message());
        draft.reload();
        refreshFiles();
        if (panel != null) {
            open(panel.location());
        }
    }

    /** Opens the versions of the definitions. */
    public VersionsDialog versions() {
        session.requireAdmin();
        VersionsDialog dialog = new VersionsDialog(session, texts, app, this::published);
        dialog.open();
        return dialog;
    }

    /** Asks, then forgets the app's draft. */
    public Dialog discard() {
        session.requireAdmin();
        Dialog confirm = new Dialog();
        confirm.setId("discard-dialog");
        confirm.setHeaderTitle(texts.get("discard.title"));
        confirm.add(new Paragraph(texts.get("discard.question")));
        Button yes = new Button(texts.get("discard.confirm"), click -> {
            session.discard(app);
            confirm.close();
            draft.reload();
            if (draft.locations().isEmpty()) {
                UI.getCurrent().navigate("designer");
                return;
            }
            message.setText(texts.get("discard.done"));
            editor.removeAll();
            panel = null;
            files.asSingleSelect().clear();
            refreshFiles();
        });
        yes.setId("discard-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button(texts.get("publish.close"), click -> confirm.close()), yes);
        confirm.open();
        return confirm;
    }
}
