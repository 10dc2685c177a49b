package org.daftar.designer.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.designer.Screens.byId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.daftar.designer.DesignerTestContext;
import org.daftar.designer.Screens;
import org.daftar.designer.preview.ListPreview;
import org.daftar.model.Definitions;
import org.daftar.model.app.MenuItem;
import org.daftar.model.list.ListDef;
import org.daftar.model.list.SortKey;
import org.daftar.model.role.RoleDef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The list, role and app editors. */
class OtherEditorsTest {

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
    void aListsColumnsAndSortAreChosenFromTheEntitysFieldsAndThePreviewFollows() {
        ListEditor editor = (ListEditor) Screens.openFile("desk", "desk/lists/tickets.yaml").structuredEditor().orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<String> column = byId(ComboBox.class, "new-column");
        column.setValue("note");
        byId(Button.class, "add-column").click();
        editor.columns().select(0);
        byId(Button.class, "columns-remove").click();
        Screens.drag(editor.columns().grid(), 2, 0, com.vaadin.flow.component.grid.dnd.GridDropLocation.ABOVE);
        @SuppressWarnings("unchecked")
        ComboBox<String> sortField = byId(ComboBox.class, "new-sort-field");
        sortField.setValue("hours");
        @SuppressWarnings("unchecked")
        Select<String> direction = byId(Select.class, "new-sort-direction");
        direction.setValue("desc");
        byId(Button.class, "add-sort").click();
        byId(TextField.class, "list-where").setValue("status = 'open'");

        ListDef list = definitions().app("desk").orElseThrow().list("tickets").orElseThrow();
        assertThat(list.columns()).extracting(c -> c.field().path()).containsExactly("note", "status", "hours");
        assertThat(list.sort()).extracting(SortKey::toString).hasSize(2);
        assertThat(list.sort().get(1).direction()).isEqualTo(SortKey.Direction.DESC);
        assertThat(list.where().text()).isEqualTo("status = 'open'");
        assertThat(byId(ListPreview.class, "list-preview").headers()).containsExactly("Note", "Status", "Hours");
    }

    @Test
    void aRolesActionsAreCheckBoxesAndItsFieldsHiddenOrReadOnly() {
        RoleEditor editor = (RoleEditor) Screens.openFile("desk", "desk/roles/agent.yaml").structuredEditor().orElseThrow();
        editor.permissions().select(0);
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> actions = byId(CheckboxGroup.class, "permission-actions");
        assertThat(actions.getValue()).containsExactlyInAnyOrder("create", "read", "update");
        actions.setValue(Set.of("read", "export"));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> hidden = byId(MultiSelectComboBox.class, "permission-hidden");
        hidden.setValue(Set.of("note"));
        byId(TextField.class, "permission-rows").setValue("status = 'open'");

        RoleDef role = definitions().app("desk").orElseThrow().roles().stream().filter(r -> r.id().equals("agent")).findFirst()
                .orElseThrow();
        String text = context.session.draft("desk").text("desk/roles/agent.yaml").orElseThrow();
        assertThat(text).contains("- read", "- export", "note: hidden", "hours: read-only", "rows: status = 'open'")
                .doesNotContain("- create");
        assertThat(role.permissions()).hasSize(1);
    }

    @Test
    void theAppsLabelsAndMenuAreEdited() {
        AppEditor editor = (AppEditor) Screens.openFile("desk", "desk/app.yaml").structuredEditor().orElseThrow();
        byId(TextField.class, "app-label-ar").setValue("الدعم الفني");
        @SuppressWarnings("unchecked")
        Select<String> kind = byId(Select.class, "new-menu-kind");
        kind.setValue("form");
        @SuppressWarnings("unchecked")
        ComboBox<String> target = byId(ComboBox.class, "new-menu-target");
        target.setValue("ticket");
        byId(Button.class, "add-menu-item").click();
        Screens.drag(editor.menu().grid(), 1, 0, com.vaadin.flow.component.grid.dnd.GridDropLocation.ABOVE);

        var app = definitions().app("desk").orElseThrow();
        assertThat(app.label().in("ar")).isEqualTo("الدعم الفني");
        assertThat(app.def().menu()).extracting(MenuItem::toString).hasSize(2);
        assertThat(context.session.draft("desk").text("desk/app.yaml").orElseThrow()).containsSubsequence("form: ticket",
                "list: tickets");
    }

    private Definitions definitions() {
        var result = context.session.check("desk");
        assertThat(result.problems()).isEmpty();
        return result.definitions();
    }
}
