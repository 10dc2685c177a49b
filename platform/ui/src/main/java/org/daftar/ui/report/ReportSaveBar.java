package org.daftar.ui.report;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.daftar.model.Definitions;
import org.daftar.model.report.ReportDef;
import org.daftar.model.role.RoleDef;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.report.saved.ReportYaml;
import org.daftar.ui.report.saved.SavedReport;
import org.daftar.ui.report.saved.SavedReportStore;
import org.daftar.ui.report.saved.StaleReportException;

/**
 * What becomes of the report being built: its name and the roles it is shared with, "Save" (a new
 * saved report, or a new version of the one opened: refused when someone saved it meanwhile), its
 * definition as a file to download, and, once saved, "Open" and "Delete".
 */
final class ReportSaveBar extends Composite<InputRow> {

    private final SavedReportStore savedReports;
    private final DataGateway gateway;
    private final Paragraph message;
    private final TextField name = new TextField();
    private final MultiSelectComboBox<String> sharedWith = new MultiSelectComboBox<>();
    private final Anchor file = new Anchor();
    private final Button open = new Button();
    private final Button delete = new Button();
    private ReportDraft draft;
    private SavedReport saved;

    /**
     * @param saved the saved report opened in the builder, or null for a new one
     * @param message where the bar says what became of the report
     */
    ReportSaveBar(SavedReport saved, SavedReportStore savedReports, DataGateway gateway, Definitions definitions,
            Paragraph message) {
        this.saved = saved;
        this.savedReports = savedReports;
        this.gateway = gateway;
        this.message = message;
        name.setLabel(getTranslation("report.builder.name"));
        name.setId("builder-name");
        name.setRequired(true);
        sharedWith.setLabel(getTranslation("report.builder.share"));
        sharedWith.setId("builder-share");
        sharedWith.setItems(roles(definitions));
        Button save = new Button(getTranslation("report.builder.save"), e -> save());
        save.setId("builder-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.setText(getTranslation("report.builder.file"));
        file.setId("builder-file");
        file.setHref(DownloadHandler.fromInputStream(event -> {
            ReportDef report = draft.toReport();
            byte[] yaml = ReportYaml.write(report).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(yaml), report.id() + ".yaml", "application/yaml",
                    yaml.length);
        }));
        file.setEnabled(false);
        open.setText(getTranslation("report.builder.open"));
        open.setId("builder-open");
        open.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("apps/" + this.saved.app() + "/reports/" + this.saved.id())));
        delete.setText(getTranslation("report.builder.delete"));
        delete.setId("builder-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> delete());
        showSavedActions();
        if (saved != null) {
            name.setValue(saved.name());
            sharedWith.setValue(saved.sharedRoles());
        }
        getContent().add(name, sharedWith, save, file, open, delete);
    }

    @Override
    protected InputRow initContent() {
        return new InputRow();
    }

    /** The report saved last from this bar (or opened), or null. */
    SavedReport saved() {
        return saved;
    }

    /** The draft that "Save" and the file take from now on, or null when there is none. */
    void design(ReportDraft newDraft) {
        draft = newDraft;
        file.setEnabled(draft != null);
    }

    /** The name the exports of {@code draft} are given: the report's name, or its source's until it has one. */
    String fileName(ReportDraft draft) {
        return name.isEmpty() ? draft.source().id() : name.getValue().trim();
    }

    private void save() {
        if (draft == null || name.getValue().isBlank()) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation("report.builder.nameRequired"));
            return;
        }
        name.setInvalid(false);
        draft.name(name.getValue().trim());
        try {
            SavedReport toSave = saved == null
                    ? new SavedReport(null, draft.source().appId(), name.getValue().trim(), gateway.user(),
                            sharedWith.getValue(), draft.toReport(), null, 0)
                    : new SavedReport(saved.id(), saved.app(), name.getValue().trim(), saved.owner(), sharedWith.getValue(),
                            draft.toReport(), saved.updatedAt(), saved.version());
            saved = savedReports.save(toSave);
            message.setText(getTranslation("report.builder.saved", saved.name()));
            showSavedActions();
        } catch (StaleReportException e) {
            message.setText(getTranslation("report.builder.stale"));
        }
    }

    private void delete() {
        if (saved != null && savedReports.delete(saved.id(), gateway.user(), gateway.roles())) {
            message.setText(getTranslation("report.builder.deleted", saved.name()));
            saved = null;
            showSavedActions();
        }
    }

    private void showSavedActions() {
        open.setVisible(saved != null);
        delete.setVisible(saved != null);
    }

    /** The roles a report can be shared with: the built-in ones and those of every app ({@code app.role}). */
    private static List<String> roles(Definitions definitions) {
        Set<String> roles = new LinkedHashSet<>(RoleDef.BUILT_IN);
        definitions.apps().forEach(app -> app.roles().forEach(role -> roles.add(app.id() + "." + role.id())));
        return new ArrayList<>(roles);
    }
}
