package org.daftar.model.link;

import java.util.List;
import java.util.Set;
import org.daftar.model.Definitions;
import org.daftar.model.app.App;
import org.daftar.model.app.AppDef;
import org.daftar.model.load.Problem;

/**
 * Checks what definitions say about each other, app by app: entities first, then the forms,
 * lists, reports, roles and sample data that use them.
 */
public final class Linker {

    private final Definitions definitions;
    private final FieldTypes fieldTypes;
    private final Set<String> themes;

    /**
     * @param themes the themes an app may name; empty when they are not known (then not checked)
     */
    public Linker(Definitions definitions, FieldTypes fieldTypes, Set<String> themes) {
        this.definitions = definitions;
        this.fieldTypes = fieldTypes;
        this.themes = themes;
    }

    public List<Problem> link() {
        LinkContext context = LinkContext.of(definitions, fieldTypes);
        Duplicates.check(definitions.apps().stream().map(App::def).toList(), AppDef::id, AppDef::at, "app id",
                context.problems());
        EntityLinks entities = new EntityLinks(context);
        for (App app : definitions.apps()) {
            new AppLinks(context, themes).check(app);
            entities.check(app);
            new FormLinks(context).check(app);
            new ListLinks(context).check(app);
            new ReportLinks(context).check(app);
            new RoleLinks(context).check(app);
        }
        new DataLinks(context).check();
        return context.problems().list();
    }
}
