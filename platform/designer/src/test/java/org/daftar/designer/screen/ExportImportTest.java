package org.daftar.designer.screen;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.daftar.designer.DesignerTestContext;
import org.daftar.designer.publishdialog.PublishDialog;
import org.daftar.designer.files.DefinitionsZip;
import org.daftar.model.Definitions;
import org.daftar.model.load.DefinitionSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExportImportTest {

    private DesignerTestContext context;

    @BeforeEach
    void start() {
        context = DesignerTestContext.start();
    }

    @AfterEach
    void stop() {
        DesignerTestContext.stop();
    }

    @Test
    void anExportedAppHasOneEntryPerFileInItsFolder() {
        List<DefinitionSource> back = DefinitionsZip.read(new java.io.ByteArrayInputStream(context.session.exportZip("desk")));

        assertThat(back).extracting(DefinitionSource::location).containsExactly("desk/app.yaml", "desk/entities/ticket.yaml",
                "desk/forms/ticket.yaml", "desk/lists/tickets.yaml", "desk/roles/agent.yaml");
        assertThat(back).isEqualTo(DesignerTestContext.desk());
    }

    @Test
    void exportingThenImportingAnAppGivesEqualDefinitions() {
        Definitions before = context.workspace.check(context.workspace.published()).definitions();
        byte[] zip = context.session.exportZip("desk");
        // the app is changed after the export ...
        context.session.write("desk", "desk/entities/ticket.yaml", context.session.draft("desk")
                .text("desk/entities/ticket.yaml").orElseThrow().replace("Ticket", "Case"));
        context.session.publish("desk", "Tickets are cases");
        assertThat(context.workspace.check(context.workspace.published()).definitions()).isNotEqualTo(before);

        // ... and importing the export brings it back, after showing the plan
        UI.getCurrent().navigate("designer");
        PublishDialog dialog = _get(DesignerView.class).importZip(zip);
        assertThat(dialog.plan().canPublish()).isTrue();
        dialog.publishButton().click();

        assertThat(context.workspace.check(context.workspace.published()).definitions()).isEqualTo(before);
        assertThat(context.workspace.releases().getFirst().comment()).isEqualTo("Imported desk");
        assertThat(context.workspace.releases().getFirst().origin()).isEqualTo("import");
    }

    @Test
    void aZipWithAnEntryOutsideAnAppsFolderIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../etc/app.yaml"));
            zip.write("kind: app".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        UI.getCurrent().navigate("designer");
        assertThat(_get(DesignerView.class).importZip(bytes.toByteArray())).isNull();
        assertThat(_get(DesignerView.class).message()).startsWith("The zip cannot be imported:");
    }
}
