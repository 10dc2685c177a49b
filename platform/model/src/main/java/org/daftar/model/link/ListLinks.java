package org.daftar.model.link;

import java.util.Optional;
import org.daftar.model.FieldRef;
import org.daftar.model.app.App;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.expression.ExprType;
import org.daftar.model.form.FormDef;
import org.daftar.model.list.ListColumn;
import org.daftar.model.list.ListDef;
import org.daftar.model.list.SortKey;
import org.daftar.model.expression.Suggestions;

/** Checks lists: columns, sort, filters and quick search name real fields; the condition is boolean. */
final class ListLinks {

    private final LinkContext context;
    private final Problems problems;

    ListLinks(LinkContext context) {
        this.context = context;
        this.problems = context.problems();
    }

    void check(App app) {
        for (ListDef list : app.lists()) {
            Targets.entity(context, app, list.entity(), list.at(), "The list '" + list.id() + "'")
                    .ifPresent(entity -> check(app, list, entity));
        }
    }

    private void check(App app, ListDef list, EntityDef entity) {
        String who = "The list '" + list.id() + "'";
        for (ListColumn column : list.columns()) {
            resolve(entity, column.field(), who, "$.columns").ifPresent(field -> {
                if (FieldPaths.crossesLines(entity, column.field(), context.types()) || field.is(FieldType.LINES)) {
                    problems.add(column.field().at(), "$.columns", who + " shows '" + column.field().path()
                            + "': a list row is one record, so it cannot show lines; use a computed total instead.");
                }
            });
        }
        for (SortKey key : list.sort()) {
            resolve(entity, key.field(), "The sort of list '" + list.id() + "'", "$.sort");
        }
        list.filters().forEach(ref -> resolve(entity, ref, "A filter of list '" + list.id() + "'", "$.filters"));
        for (FieldRef ref : list.quickSearch()) {
            resolve(entity, ref, "The quick search of list '" + list.id() + "'", "$.quickSearch").ifPresent(field -> {
                ExprType type = context.types().typeOf(entity, field);
                boolean searchable = type.kind() == ExprType.Kind.TEXT || type.kind() == ExprType.Kind.INTEGER
                        || type.kind() == ExprType.Kind.NULL; // NULL: an unknown type, reported on the field
                if (!searchable) {
                    problems.add(ref.at(), "$.quickSearch", "Quick search looks in texts and numbers; '" + ref.path()
                            + "' is a " + field.type() + " field.");
                }
            });
        }
        context.expressions().check(list.where(), context.types().scope(entity, app.def().userAttributes(), true),
                ExprType.BOOLEAN, "The condition (where) of list '" + list.id() + "'", "$.where");
        if (list.form() != null) {
            Optional<FormDef> form = app.form(list.form());
            if (form.isEmpty()) {
                problems.add(list.at(), "$.form", who + " opens the form '" + list.form() + "', which app '" + app.id()
                        + "' does not have." + Suggestions.didYouMean(list.form(), app.forms().stream().map(FormDef::id).toList()));
            } else if (!list.entity().equals(form.get().entity()) && app.entity(form.get().entity()).isPresent()) {
                problems.add(list.at(), "$.form", who + " is about '" + list.entity() + "' but opens the form '" + list.form()
                        + "', which is about '" + form.get().entity() + "'.");
            }
        }
    }

    private Optional<FieldDef> resolve(EntityDef entity, FieldRef ref, String who, String path) {
        return ref == null ? Optional.empty() : context.paths().resolve(entity, ref, who, path);
    }
}
