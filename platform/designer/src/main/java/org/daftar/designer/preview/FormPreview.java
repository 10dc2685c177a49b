package org.daftar.designer.preview;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.daftar.model.Definitions;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.form.FormDef;
import org.daftar.model.link.FieldTypes;
import org.daftar.plugin.Plugins;
import org.daftar.query.schema.Catalog;
import org.daftar.ui.form.FormModel;
import org.daftar.ui.form.FormSupport;
import org.daftar.ui.form.RecordEditor;

/**
 * A form of the draft as staff will see it: the ui module's {@link RecordEditor} (sections, columns,
 * every field's renderer, rules evaluated as values are typed) on the draft's definitions, for a
 * new record. Nothing can be saved.
 */
public class FormPreview extends Composite<Div> {

    private final RecordEditor editor;

    private FormPreview(RecordEditor editor, String title) {
        this.editor = editor;
        setId("form-preview");
        getContent().add(new H3(title), editor);
    }

    /** The preview of {@code form} in {@code app}, or empty when the draft has no such form or entity. */
    public static Optional<FormPreview> of(Definitions definitions, String app, String form, Plugins plugins, String user,
            Locale locale) {
        Optional<FormDef> def = definitions.app(app).flatMap(a -> a.form(form));
        Optional<EntityDef> entity = def.flatMap(f -> definitions.entity(f.appId(), f.entity()));
        if (def.isEmpty() || entity.isEmpty()) {
            return Optional.empty();
        }
        FieldTypes types = new FieldTypes(plugins.fieldTypes());
        FormSupport support = new FormSupport(definitions, new PreviewGateway(user), new Catalog(definitions, types), plugins,
                Clock.systemDefaultZone());
        FormModel model = new FormModel(def.get(), entity.get(), support.live().table(entity.get().qualifiedId()), true);
        RecordEditor editor = new RecordEditor(support, model, locale);
        editor.load(null);
        return Optional.of(new FormPreview(editor, def.get().label().in(locale)));
    }

    /** The form as rendered, for tests and for the admin to try the rules. */
    public RecordEditor editor() {
        return editor;
    }
}
