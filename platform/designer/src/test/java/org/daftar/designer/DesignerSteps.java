package org.daftar.designer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.daftar.designer.Screens.byId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.daftar.designer.editor.EntityEditor;
import org.daftar.designer.editor.FormEditor;
import org.daftar.designer.editor.OrderedRows;
import org.daftar.designer.publishdialog.PublishDialog;
import org.daftar.designer.screen.AppDesignerView;
import org.daftar.designer.screen.DesignerView;
import org.daftar.designer.screen.FileEditorPanel;

/** What an admin does in the designer, step by step, only with its screens (never YAML). */
public final class DesignerSteps {

    private DesignerSteps() {}

    /** "New app" on the designer's page, with a first entity. */
    public static AppDesignerView newApp(String id, String english, String arabic, String entity) {
        UI.getCurrent().navigate("designer");
        var dialog = _get(DesignerView.class).newApp();
        dialog.idField().setValue(id);
        dialog.englishField().setValue(english);
        dialog.arabicField().setValue(arabic);
        dialog.entityField().setValue(entity);
        dialog.createButton().click();
        return _get(AppDesignerView.class);
    }

    /** Opens a file of the app shown. */
    public static FileEditorPanel open(String location) {
        return _get(AppDesignerView.class).open(location);
    }

    /** Types a new field's id, chooses its type and adds it; the field is then selected. */
    public static void addField(String id, String type) {
        byId(TextField.class, "new-field-id").setValue(id);
        @SuppressWarnings("unchecked")
        ComboBox<String> types = byId(ComboBox.class, "new-field-type");
        types.setValue(type);
        byId(Button.class, "add-field").click();
    }

    /** Selects the field {@code id} in the entity editor shown. */
    public static void selectField(String id) {
        OrderedRows fields = _get(EntityEditor.class).fields();
        for (int i = 0; i < com.github.mvysny.kaributesting.v10.GridKt._size(fields.grid()); i++) {
            if (com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(fields.grid(), i).getFirst().equals(id)) {
                fields.select(i);
                return;
            }
        }
        throw new AssertionError("no field " + id);
    }

    /** Sets a text input of the editor shown. */
    public static void type(String id, String value) {
        byId(TextField.class, id).setValue(value);
    }

    /** "New form" / "New list" / "New entity" / "New role" with {@code id} (and the entity a form or list shows). */
    public static FileEditorPanel newFile(String kind, String id, String entity) {
        _get(AppDesignerView.class).newFile(kind);
        byId(TextField.class, "new-file-id").setValue(id);
        if (entity != null) {
            @SuppressWarnings("unchecked")
            ComboBox<String> entities = byId(ComboBox.class, "new-file-entity");
            entities.setValue(entity);
        }
        byId(Button.class, "new-file-create").click();
        return _get(AppDesignerView.class).panel().orElseThrow();
    }

    /** In the form editor shown: moves {@code fields} from the section at {@code from} to the section at {@code to}. */
    public static void moveToSection(List<String> fields, int from, int to) {
        FormEditor form = _get(FormEditor.class);
        for (String field : fields) {
            form.sections().select(from);
            OrderedRows rows = form.fields().orElseThrow();
            for (int i = 0; i < com.github.mvysny.kaributesting.v10.GridKt._size(rows.grid()); i++) {
                if (com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(rows.grid(), i).getFirst().equals(field)) {
                    rows.select(i);
                    byId(Button.class, "form-fields-remove").click();
                    break;
                }
            }
            form.sections().select(to);
            @SuppressWarnings("unchecked")
            ComboBox<String> add = byId(ComboBox.class, "new-form-field");
            add.setValue(field);
            byId(Button.class, "add-form-field").click();
        }
    }

    /** Opens "Publish..." of the app shown. */
    public static PublishDialog publishDialog() {
        return _get(AppDesignerView.class).publish();
    }
}
