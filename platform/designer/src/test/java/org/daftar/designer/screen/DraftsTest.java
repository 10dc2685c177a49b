package org.daftar.designer.screen;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.designer.Screens.byId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.daftar.designer.DesignerTestContext;
import org.daftar.designer.Screens;
import org.daftar.designer.publishdialog.PublishDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DraftsTest {

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
    void anEditIsADraftUntilPublishedThenTheDraftIsCleared() {
        Screens.openFile("desk", "desk/entities/ticket.yaml");
        byId(TextField.class, "entity-label-en").setValue("Request");

        assertThat(byId(Span.class, "draft-status").getText()).startsWith("Unpublished changes in 1 file, last by amal at ");
        assertThat(context.workspace.published().stream().filter(f -> f.location().equals("desk/entities/ticket.yaml"))
                .findFirst().orElseThrow().text()).as("the published file is unchanged").doesNotContain("Request");

        PublishDialog dialog = _get(AppDesignerView.class).publish();
        assertThat(dialog.plan().canPublish()).isTrue();
        dialog.comment().setValue("Tickets are requests");
        dialog.publishButton().click();

        assertThat(dialog.outcome()).startsWith("Published version 2.");
        assertThat(context.drafts.files("desk")).isEmpty();
        assertThat(byId(Span.class, "draft-status").getText()).isEqualTo("No unpublished changes");
        assertThat(context.workspace.releases().getFirst().comment()).isEqualTo("Tickets are requests");
        assertThat(context.workspace.check(context.workspace.published()).definitions().entity("desk", "ticket").orElseThrow()
                .label().in("en")).isEqualTo("Request");
    }

    @Test
    void aDraftWithProblemsCannotBePublishedAndSaysWhere() {
        Screens.openFile("desk", "desk/lists/tickets.yaml");
        byId(TextField.class, "list-where").setValue("nothing = 1");

        PublishDialog dialog = _get(AppDesignerView.class).publish();
        assertThat(dialog.publishButton().isEnabled()).isFalse();
        assertThat(dialog.plan().lines()).anySatisfy(line -> assertThat(line).startsWith("desk/lists/tickets.yaml:"));
    }

    @Test
    void discardingTheDraftShowsThePublishedAppAgain() {
        Screens.openFile("desk", "desk/entities/ticket.yaml");
        byId(TextField.class, "entity-label-en").setValue("Request");
        _get(AppDesignerView.class).discard();
        byId(Button.class, "discard-confirm").click();

        assertThat(context.drafts.files("desk")).isEmpty();
        assertThat(_get(AppDesignerView.class).message()).isEqualTo("The draft was discarded.");
        assertThat(context.session.draft("desk").text("desk/entities/ticket.yaml").orElseThrow()).doesNotContain("Request");
    }

    @Test
    void aNewAppIsADraftOfItsAppFileAndAnEntityUntilPublished() {
        UI.getCurrent().navigate("designer");
        var dialog = _get(DesignerView.class).newApp();
        dialog.idField().setValue("garage");
        dialog.englishField().setValue("Garage");
        dialog.arabicField().setValue("الورشة");
        dialog.entityField().setValue("car");
        dialog.createButton().click();

        AppDesignerView view = _get(AppDesignerView.class);
        assertThat(Screens.firstColumn(view.files())).containsExactly("app.yaml •", "entities/car.yaml •");
        assertThat(context.session.check("garage").problems()).isEmpty();
        view.newFile("form");
        byId(TextField.class, "new-file-id").setValue("car");
        byId(Button.class, "new-file-create").click();
        view.newFile("list");
        byId(TextField.class, "new-file-id").setValue("cars");
        byId(Button.class, "new-file-create").click();

        assertThat(Screens.firstColumn(view.files())).containsExactly("app.yaml •", "entities/car.yaml •", "forms/car.yaml •",
                "lists/cars.yaml •");
        var check = context.session.check("garage");
        assertThat(check.problems()).isEmpty();
        assertThat(check.definitions().app("garage").orElseThrow().label().in("ar")).isEqualTo("الورشة");
        assertThat(check.definitions().app("garage").orElseThrow().def().menu()).as("a new list is in the menu").hasSize(1);
        assertThat(context.workspace.published()).noneMatch(f -> f.location().startsWith("garage/"));
    }
}
