package org.daftar.designer.screen;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.daftar.designer.draft.AppDraft;
import org.daftar.designer.i18n.DesignerTexts;
import org.daftar.designer.publishdialog.PublishDialog;
import org.daftar.designer.session.DesignerSession;
import org.daftar.designer.files.AppFiles;
import org.daftar.designer.files.BadZipException;
import org.daftar.designer.files.DefinitionsZip;
import org.daftar.designer.yaml.Nodes;
import org.daftar.designer.yaml.YamlDocument;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;
import org.daftar.ui.shell.MainLayout;
import org.daftar.ui.shell.UiLanguage;

/**
 * The designer's first page ({@code designer}), for admins only: every app (published, or only in a
 * draft), "New app", export of the selected app as a zip, and import of a zip (its plan shown
 * before anything is published).
 */
@Route(value = "designer", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class DesignerView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    /** One app in the list. */
    public record AppRow(String id, String label, boolean draft, boolean published) {}

    private final DesignerSession session;
    private final Grid<AppRow> apps = new Grid<>();
    private final Paragraph message = new Paragraph();
    private DesignerTexts texts;
    private Anchor export;

    public DesignerView(DesignerSession session) {
        this.session = session;
        setId("designer");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!session.mayDesign()) {
            event.rerouteToError(NotFoundException.class, "There is no page designer");
            return;
        }
        build(DesignerTexts.of(UiLanguage.of(event.getUI()).locale()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (texts != null && !texts.language().locale().equals(DesignerTexts.of(event.getLocale()).language().locale())) {
            build(DesignerTexts.of(event.getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return texts == null ? "" : texts.get("designer.title");
    }

    private void build(DesignerTexts language) {
        texts = language;
        removeAll();
        getElement().setAttribute("dir", texts.direction());
        apps.setId("apps");
        apps.removeAllColumns();
        apps.addColumn(AppRow::id).setHeader(texts.get("designer.app"));
        apps.addColumn(AppRow::label).setHeader(texts.get("editor.label"));
        apps.addColumn(row -> row.draft() ? texts.get(row.published() ? "designer.hasDraft" : "designer.onlyDraft")
                : texts.get("designer.published")).setHeader(texts.get("designer.state"));
        apps.addItemDoubleClickListener(event -> openApp(event.getItem().id()));
        apps.asSingleSelect().addValueChangeListener(event -> selected(event.getValue()));
        Button open = new Button(texts.get("designer.open"), click -> apps.asSingleSelect().getOptionalValue()
                .ifPresent(row -> openApp(row.id())));
        open.setId("open-app");
        Button create = new Button(texts.get("designer.newApp"), click -> newApp());
        create.setId("new-app");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export = new Anchor();
        export.setId("export-app");
        export.setText(texts.get("app.export"));
        export.setEnabled(false);
        Upload upload = new Upload();
        upload.setId("import-app");
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DefinitionsZip.MAX_TOTAL_MB * 1024 * 1024);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> upload.getUI()
                .ifPresent(ui -> ui.access(() -> importZip(bytes)))));
        message.setId("designer-message");
        HorizontalLayout actions = new HorizontalLayout(create, open, export);
        actions.setAlignItems(Alignment.BASELINE);
        add(new H2(texts.get("designer.title")), actions, apps, new Paragraph(texts.get("designer.importHelp")), upload, message);
        refresh();
    }

    public Grid<AppRow> apps() {
        return apps;
    }

    public String message() {
        return message.getText();
    }

    private void refresh() {
        List<AppRow> rows = session.apps().stream().map(this::row).toList();
        apps.setItems(rows);
    }

    private AppRow row(String app) {
        AppDraft draft = session.draft(app);
        String label = draft.text(app + "/app.yaml").flatMap(text -> YamlDocument.parse(text).tree())
                .map(tree -> Nodes.label(tree, "label", texts.code())).orElse("");
        return new AppRow(app, label.isEmpty() ? app : label, draft.hasChanges(), draft.isPublished());
    }

    private void selected(AppRow row) {
        export.setEnabled(row != null && row.published());
        if (row != null && row.published()) {
            export.setHref(Downloads.appZip(session, row.id()));
        }
    }

    private void openApp(String app) {
        UI.getCurrent().navigate("designer/" + app);
    }

    /** Asks for a new app's id, labels and first entity, then opens it. */
    public NewAppDialog newApp() {
        session.requireAdmin();
        NewAppDialog dialog = new NewAppDialog(texts, session.apps(), created -> {
            session.write(created.id(), created.id() + "/app.yaml",
                    YamlDocument.write(org.daftar.designer.editor.NewFiles.app(created.id(), created.english(), created.arabic(),
                            created.entity())));
            session.write(created.id(), org.daftar.designer.editor.NewFiles.location(created.id(), "entity", created.entity()),
                    YamlDocument.write(org.daftar.designer.editor.NewFiles.entity(created.entity())));
            openApp(created.id());
        });
        dialog.open();
        return dialog;
    }

    /** Reads an uploaded zip of apps and shows what importing it would do, before publishing it. */
    public PublishDialog importZip(byte[] zip) {
        session.requireAdmin();
        List<DefinitionSource> imported;
        try {
            imported = DefinitionsZip.read(new java.io.ByteArrayInputStream(zip));
        } catch (BadZipException e) {
            message.setText(texts.get("import.unreadable", e.text(texts.language().locale())));
            return null;
        }
        if (imported.isEmpty()) {
            message.setText(texts.get("import.empty"));
            return null;
        }
        List<DefinitionSource> files = session.withImported(imported);
        LoadResult check = session.check(files);
        String apps = String.join(", ", AppFiles.apps(imported));
        PublishDialog dialog = new PublishDialog(texts, texts.get("import.title", apps), check, check.ok() ? session.plan(files) : null,
                true, comment -> session.publishImport(files, comment.isBlank() ? texts.get("import.comment", apps) : comment), outcome -> {
                    message.setText(outcome.message());
                    refresh();
                });
        dialog.open();
        return dialog;
    }
}
