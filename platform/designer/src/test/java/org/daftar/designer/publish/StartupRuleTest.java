package org.daftar.designer.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daftar.model.load.DefinitionSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StartupRuleTest {

    static final List<DefinitionSource> DESK = PublishingWorkspaceTest.DESK;
    static final List<DefinitionSource> DESIGNED = WorkspaceFixture.app("desk", PublishingWorkspaceTest.TICKET
            + "  - {id: phone, type: phone}\n");

    private final WorkspaceFixture fixture = WorkspaceFixture.start(DESK);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theFirstStartPublishesTheFiles() {
        assertThat(fixture.lastStart().kind()).isEqualTo(StartupRule.Kind.PUBLISHED_FILES);
        assertThat(fixture.workspace().releases()).singleElement().satisfies(release -> {
            assertThat(release.origin()).isEqualTo("files");
            assertThat(release.publishedBy()).isEqualTo(WorkspaceFixture.PROCESS_OWNER);
        });
    }

    @Test
    void unchangedFilesKeepWhatTheDesignerPublished() {
        fixture.workspace().publish(DESIGNED, "Phone", "admin");

        StartupRule.Start start = fixture.restart(DESK);

        assertThat(start.kind()).isEqualTo(StartupRule.Kind.KEPT_RELEASE);
        assertThat(start.release().number()).isEqualTo(2);
        assertThat(fixture.holder().current().definitions().entity("desk", "ticket").orElseThrow().field("phone")).isPresent();
        assertThat(fixture.workspace().releases()).hasSize(2);
    }

    @Test
    void changedFilesArePublishedAsANewVersion() {
        fixture.workspace().publish(DESIGNED, "Phone", "admin");
        List<DefinitionSource> edited = WorkspaceFixture.app("desk", PublishingWorkspaceTest.TICKET
                + "  - {id: phone, type: phone}\n  - {id: due, type: date}\n");

        StartupRule.Start start = fixture.restart(edited);

        assertThat(start.kind()).isEqualTo(StartupRule.Kind.PUBLISHED_FILES);
        assertThat(start.release().number()).isEqualTo(3);
        assertThat(start.release().origin()).isEqualTo("files");
        assertThat(fixture.workspace().published()).isEqualTo(edited);
        assertThat(fixture.db().queryValue("select count(*) from information_schema.columns "
                + "where table_schema = 'desk' and table_name = 'ticket' and column_name = 'due'")).isEqualTo(1L);
    }

    @Test
    void changedFilesThatWouldLoseDataRefuseTheStartAndChangeNothing() {
        fixture.holder().current().records().create("desk.ticket",
                java.util.Map.of("title", "A title well over ten characters long"), PublishingWorkspaceTest.ADMIN);

        StartupRule.Start start = fixture.restart(WorkspaceFixture.app("desk",
                PublishingWorkspaceTest.TICKET.replace("maxLength: 40", "maxLength: 10")));

        assertThat(start.refused()).isTrue();
        assertThat(start.migration().plan().refused()).hasSize(1);
        assertThat(fixture.releases().all()).hasSize(1);
    }
}
