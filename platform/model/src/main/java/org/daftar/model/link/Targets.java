package org.daftar.model.link;

import java.util.Optional;
import org.daftar.model.SourceRef;
import org.daftar.model.app.App;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.expression.Suggestions;

/** Finds the entity a form, list, report, role or data set is about, reporting one that is missing. */
final class Targets {

    private Targets() {}

    static Optional<EntityDef> entity(LinkContext context, App app, String ref, SourceRef at, String who) {
        Optional<EntityDef> entity = ref == null ? Optional.empty() : context.definitions().entity(app.id(), ref);
        if (entity.isEmpty()) {
            context.problems().add(at, "$.entity", who + " is about the entity '" + ref + "', which app '" + app.id()
                    + "' does not have." + Suggestions.didYouMean(ref, FormLinks.ids(app.entities())));
        }
        return entity;
    }
}
