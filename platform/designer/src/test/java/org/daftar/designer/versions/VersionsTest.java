package org.daftar.designer.versions;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;
import org.daftar.designer.DesignerTestContext;
import org.daftar.designer.Screens;
import org.daftar.designer.publish.Release;
import org.daftar.designer.publishdialog.PublishDialog;
import org.daftar.designer.screen.AppDesignerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VersionsTest {

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
    void twoVersionsAreComparedFileByFileWithTheChangedLines() {
        String ticket = context.session.draft("desk").text("desk/entities/ticket.yaml").orElseThrow();
        context.session.write("desk", "desk/entities/ticket.yaml", ticket.replace("maxLength: 80", "maxLength: 120"));
        context.session.delete("desk", "desk/roles/agent.yaml");
        context.session.publish("desk", "Longer subjects, no agents");
        Screens.openFile("desk", "desk/app.yaml");

        VersionsDialog dialog = _get(AppDesignerView.class).versions();
        assertThat(GridKt._size(dialog.releases())).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(dialog.releases(), 0)).contains("2", "amal", "Longer subjects, no agents");
        dialog.releases().asMultiSelect().select(List.of(GridKt._get(dialog.releases(), 0), GridKt._get(dialog.releases(), 1)));
        dialog.compareButton().click();

        assertThat(dialog.changes()).extracting(c -> c.change() + " " + c.location())
                .containsExactly("CHANGED desk/entities/ticket.yaml", "REMOVED desk/roles/agent.yaml");
        assertThat(dialog.changes().getFirst().lines()).extracting(LineDiff.Line::toString).containsExactly(
                "- 6:   - {id: subject, type: text, label: {en: Subject, ar: الموضوع}, required: true, maxLength: 80}",
                "+ 6:   - {id: subject, type: text, label: {en: Subject, ar: الموضوع}, required: true, maxLength: 120}");
    }

    @Test
    void rollingBackShowsThePlanFirstThenPublishesTheOldFilesAsANewVersion() {
        String ticket = context.session.draft("desk").text("desk/entities/ticket.yaml").orElseThrow();
        context.session.write("desk", "desk/entities/ticket.yaml", ticket.replace("Ticket", "Case"));
        context.session.publish("desk", "Cases");
        Screens.openFile("desk", "desk/app.yaml");
        VersionsDialog dialog = _get(AppDesignerView.class).versions();
        Release first = context.workspace.releases().getLast();
        dialog.releases().select(first);
        dialog.rollbackButton().click();

        PublishDialog confirm = _get(PublishDialog.class);
        assertThat(confirm.plan().canPublish()).isTrue();
        assertThat(confirm.comment().isVisible()).isFalse();
        confirm.publishButton().click();

        assertThat(context.workspace.releases().getFirst().comment()).isEqualTo("Rolled back to version 1");
        assertThat(context.workspace.published()).isEqualTo(DesignerTestContext.desk());
    }

    @Test
    void theLineDiffNamesRemovedLinesByTheirOldNumberAndAddedByTheirNew() {
        assertThat(LineDiff.of("a\nb\nc", "a\nc\nd")).extracting(LineDiff.Line::toString).containsExactly("- 2: b", "+ 3: d");
        assertThat(LineDiff.of("same", "same")).isEmpty();
    }
}
