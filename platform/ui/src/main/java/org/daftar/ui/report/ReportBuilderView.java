package org.daftar.ui.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.daftar.model.Definitions;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.report.ReportDef;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.ui.report.saved.SavedReport;
import org.daftar.ui.report.saved.SavedReportStore;
import org.daftar.ui.shell.MainLayout;

/**
 * Where managers build a report: a source entity ({@link SourcePicker}), columns along references
 * ({@link ColumnsPicker}), filter chips ({@link FilterChips}), computed columns, groups with date
 * buckets and measures ({@link ComputedColumnsEditor}, {@link GroupsEditor}, {@link MeasuresEditor}),
 * sort, limit and chart ({@link ShapeEditor}), with a live preview of the first
 * {@value #PREVIEW_ROWS} rows after every change and "Run" for all of them ({@link ReportPreview});
 * then save, name and share it with roles, or download it as a definition file
 * ({@link ReportSaveBar}). A SQL tab runs SQL mode. Only admins and managers may build.
 *
 * <p>Each panel keeps its own inputs and changes the draft; the view puts them together for the
 * draft's source and runs the preview again whenever one of them says the draft changed.
 */
@Route(value = "reports/new", layout = MainLayout.class)
@RouteAlias(value = "reports/:saved/edit", layout = MainLayout.class)
@PermitAll
public class ReportBuilderView extends VerticalLayout implements BeforeEnterObserver {

    /** The rows of the live preview. */
    public static final int PREVIEW_ROWS = 50;

    private final DataGateway gateway;
    /** The definitions in force when the builder was opened. */
    private final Definitions definitions;
    private final SavedReportStore savedReports;
    private final VerticalLayout design = new VerticalLayout();
    private final SqlPanel sql;
    private final Paragraph message = new Paragraph();
    private SourcePicker source;
    private ReportPreview preview;
    private ReportSaveBar saveBar;
    private ReportDraft draft;
    private ReportFields fields;
    private Language language;

    public ReportBuilderView(DataGateway gateway, RuntimeHolder runtime, SavedReportStore savedReports) {
        this.gateway = gateway;
        this.definitions = runtime.current().definitions();
        this.savedReports = savedReports;
        this.sql = new SqlPanel(gateway);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        language = Language.of(getLocale());
        fields = new ReportFields(definitions, language);
        message.setId("builder-message");
        if (!gateway.roles().contains("admin") && !gateway.roles().contains("manager")) {
            message.setText(getTranslation("report.builder.notAllowed"));
            add(message);
            return;
        }
        Optional<String> savedId = event.getRouteParameters().get("saved");
        SavedReport saved = null;
        if (savedId.isPresent()) {
            saved = savedId.filter(id -> id.matches("\\d{1,18}"))
                    .flatMap(id -> savedReports.find(Long.parseLong(id), gateway.user(), gateway.roles()))
                    .filter(report -> report.editableBy(gateway.user(), gateway.roles()))
                    .orElse(null);
            if (saved == null) {
                message.setText(getTranslation("report.notFound"));
                add(message);
                return;
            }
        }
        layout(saved);
        if (saved != null) {
            ReportDef report = saved.definition();
            EntityDef entity = definitions.entity(report.appId(), report.source()).orElseThrow();
            source.setValue(entity);
            source.setReadOnly(true);
            start(ReportDraft.of(report, entity));
        }
    }

    /** The report saved last from this screen, or null. */
    public SavedReport saved() {
        return saveBar == null ? null : saveBar.saved();
    }

    private void layout(SavedReport saved) {
        H2 heading = new H2(getTranslation(saved == null ? "report.builder.new" : "report.builder.edit"));
        source = new SourcePicker(definitions, gateway, language);
        saveBar = new ReportSaveBar(saved, savedReports, gateway, definitions, message);
        source.addValueChangeListener(e -> {
            // a saved report keeps its source: its draft is started from the report
            if (e.isFromClient() || saveBar.saved() == null) {
                start(e.getValue() == null ? null : new ReportDraft(e.getValue()));
            }
        });
        preview = new ReportPreview(gateway, fields, language, message);
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("report.builder.design"), new VerticalLayout(design, preview.results()));
        tabs.add(getTranslation("report.builder.sql"), sql);
        design.setPadding(false);
        add(heading, source, tabs, message, saveBar);
    }

    /** Starts designing over a new draft: the design's panels are made anew for its source. */
    private void start(ReportDraft newDraft) {
        draft = newDraft;
        design.removeAll();
        saveBar.design(draft);
        if (draft == null) {
            preview.hide();
            return;
        }
        sql.startFrom(draft.source());
        List<FieldPath> paths = fields.of(draft.source());
        design.add(new H3(getTranslation("report.builder.columns")), new ColumnsPicker(draft, paths, this::preview));
        design.add(new H3(getTranslation("report.builder.filters")), new FilterChips(draft, paths, this::preview));
        design.add(new H3(getTranslation("report.builder.computed")), new ComputedColumnsEditor(draft, this::preview));
        design.add(new H3(getTranslation("report.builder.groups")), new GroupsEditor(draft, paths, fields, this::preview));
        design.add(new H3(getTranslation("report.builder.measures")), new MeasuresEditor(draft, paths, fields, this::preview));
        design.add(new H3(getTranslation("report.builder.shape")), new ShapeEditor(draft, fields, this::preview));
        Button run = new Button(getTranslation("report.run"), e -> run(false));
        run.setId("builder-run");
        preview.restart();
        design.add(preview.parameters(), run);
        preview();
    }

    /** Runs the first rows of the draft again, as the preview. */
    private void preview() {
        run(true);
    }

    private void run(boolean sample) {
        preview.run(draft.toReport(), saveBar.fileName(draft), sample);
    }
}
