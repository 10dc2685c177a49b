package org.daftar.ui.list;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.daftar.model.entity.EntityDef;
import org.daftar.security.access.AccessDeniedException;
import org.daftar.security.access.ImportFailedException;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.data.Rights;
import org.daftar.ui.i18n.Language;

/**
 * The "Import" dialog of a list: the user downloads a template or uploads a CSV file, sees what the
 * import will do ({@link ImportPlan}: the columns matched to fields, the ignored ones, the row count
 * and the first rows) and confirms with "Import N rows". The import is all or nothing: on failure
 * every problem is listed, {@code row N, field F: message}, and nothing was added; on success the
 * dialog closes, the list reads its rows again and a notification says how many were added. Made
 * only when the user asks for it, so a list costs nothing for it until then.
 */
final class ImportDialog extends Dialog {

    /** The largest file accepted. */
    static final int MAX_MEGABYTES = 5;

    private final DataGateway gateway;
    private final EntityDef entity;
    private final Rights rights;
    private final Language language;
    private final Runnable imported;
    private final Upload upload = new Upload();
    private final Div summary = new Div();
    private final Div problems = new Div();
    private final Button run = new Button();
    private ImportPlan plan;

    /**
     * @param fileName the template's name, without its extension
     * @param imported what to do once records were added (read the list again)
     */
    ImportDialog(DataGateway gateway, EntityDef entity, Rights rights, Language language, String fileName,
            Runnable imported) {
        this.gateway = gateway;
        this.entity = entity;
        this.rights = rights;
        this.language = language;
        this.imported = imported;
        setId("import-dialog");
        setHeaderTitle(text("list.import.title", entity.labelOrName().in(language.code())));
        setWidth("min(48rem, 95vw)");
        Anchor template = new Anchor(templateDownload(fileName), text("list.import.template", null));
        template.setId("import-template");
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MEGABYTES * 1024 * 1024);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> upload.getUI()
                .ifPresent(ui -> ui.access(() -> read(bytes)))));
        upload.setI18n(new UploadI18N().setAddFiles(new UploadI18N.AddFiles().setOne(text("list.import.choose", null)))
                .setDropFiles(new UploadI18N.DropFiles().setOne(text("list.import.drop", null)))
                .setError(new UploadI18N.Error().setFileIsTooBig(text("list.import.tooBig", MAX_MEGABYTES))
                        .setIncorrectFileType(text("list.import.notCsv", null))));
        upload.addFileRejectedListener(rejected -> showProblems(List.of(rejected.getErrorMessage())));
        summary.setId("import-summary");
        problems.setId("import-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new Paragraph(text("list.import.help", null)), template, upload, summary, problems);
        run.setId("import-run");
        run.setText(text("list.import.run", 0));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setEnabled(false);
        run.addClickListener(click -> importRows());
        Button cancel = new Button(text("list.cancel", null), click -> close());
        cancel.setId("import-cancel");
        getFooter().add(cancel, run);
    }

    /** The upload field, for tests. */
    Upload upload() {
        return upload;
    }

    private DownloadHandler templateDownload(String fileName) {
        return event -> {
            event.setFileName(fileName + "-template.csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(ImportPlan.template(entity, rights));
        };
    }

    /** Shows what importing {@code file} will do. */
    private void read(byte[] file) {
        showProblems(List.of());
        summary.removeAll();
        try {
            plan = ImportPlan.of(entity, rights, file);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            plan = null;
            run.setEnabled(false);
            showProblems(List.of(text("list.import.unreadable", e.getMessage())));
            return;
        }
        summary.add(columns());
        if (!plan.ignored().isEmpty()) {
            Paragraph ignored = new Paragraph(text("list.import.ignored", String.join(", ", plan.ignored())));
            ignored.setId("import-ignored");
            summary.add(ignored);
        }
        Paragraph count = new Paragraph(text("list.import.rows", plan.rowCount()));
        count.setId("import-rows");
        summary.add(count);
        if (plan.ready()) {
            summary.add(preview());
        }
        run.setText(text("list.import.run", plan.rowCount()));
        run.setEnabled(plan.ready());
    }

    private Paragraph columns() {
        Paragraph columns = new Paragraph();
        columns.setId("import-columns");
        if (plan.columns().isEmpty()) {
            columns.setText(text("list.import.none", null));
        } else {
            columns.setText(text("list.import.columns", String.join(", ", plan.columns().stream()
                    .map(c -> c.header() + " → " + c.field().labelOrName().in(language.code())).toList())));
        }
        return columns;
    }

    private Grid<List<String>> preview() {
        Grid<List<String>> grid = new Grid<>();
        grid.setId("import-preview");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        List<ImportPlan.Column> columns = plan.columns();
        for (int i = 0; i < columns.size(); i++) {
            int at = i;
            grid.addColumn(row -> row.get(at)).setHeader(columns.get(i).field().labelOrName().in(language.code()))
                    .setKey(columns.get(i).field().name()).setAutoWidth(true);
        }
        grid.setItems(plan.preview());
        return grid;
    }

    private void importRows() {
        if (plan == null || !plan.ready()) {
            return;
        }
        try {
            int added = gateway.importCsv(entity.qualifiedId(), new ByteArrayInputStream(plan.csv()), language.locale());
            close();
            Notification done = Notification.show(text("list.import.done", added), 5000, Notification.Position.BOTTOM_START);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            imported.run();
        } catch (ImportFailedException e) {
            showProblems(e.problems());
        } catch (AccessDeniedException e) {
            showProblems(List.of(e.getMessage()));
        }
    }

    private void showProblems(List<String> shown) {
        problems.removeAll();
        if (shown.isEmpty()) {
            return;
        }
        if (plan != null && plan.ready()) {
            problems.add(new Paragraph(text("list.import.failed", null)));
        }
        UnorderedList items = new UnorderedList();
        shown.forEach(problem -> items.add(new ListItem(problem)));
        problems.add(items);
    }

    private String text(String key, Object argument) {
        return argument == null ? getTranslation(language.locale(), key) : getTranslation(language.locale(), key, argument);
    }
}
