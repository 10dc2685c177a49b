package org.daftar.model.link;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.daftar.model.app.App;
import org.daftar.model.app.AppDef;
import org.daftar.model.app.MenuItem;
import org.daftar.model.app.UserAttribute;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.form.FormDef;
import org.daftar.model.list.ListDef;
import org.daftar.model.expression.Suggestions;
import org.daftar.model.report.ReportDef;
import org.daftar.model.role.RoleDef;

/** Checks an app file against its folder: named entities, menu targets, user attributes, ids. */
final class AppLinks {

    private final LinkContext context;
    private final Problems problems;
    private final Set<String> themes;

    AppLinks(LinkContext context, Set<String> themes) {
        this.context = context;
        this.problems = context.problems();
        this.themes = themes;
    }

    void check(App app) {
        if (AppDef.isReservedId(app.id())) {
            problems.add(app.def().positionOf("id"), "$.id", "'" + app.id() + "' cannot be an app id: an app's tables live in "
                    + "a database schema of that name, and '" + app.id() + "' belongs to PostgreSQL or Daftar. Choose another id.");
        }
        Set<String> files = app.entities().stream().map(EntityDef::id).collect(Collectors.toSet());
        for (String named : app.def().entities()) {
            if (!files.contains(named)) {
                problems.add(app.def().positionOf("entities"), "$.entities", "The app '" + app.id() + "' names the entity '" + named
                        + "', but no entity file in its folder has that id." + Suggestions.didYouMean(named, files));
            }
        }
        for (EntityDef entity : app.entities()) {
            if (!app.def().entities().contains(entity.id())) {
                problems.add(entity.at(), "$.id", "The entity '" + entity.id() + "' is not named in the 'entities' of app '"
                        + app.id() + "' (" + app.def().at().location() + "): add it there.");
            }
        }
        Duplicates.check(app.forms(), FormDef::id, FormDef::at, "form id", problems);
        Duplicates.check(app.lists(), ListDef::id, ListDef::at, "list id", problems);
        Duplicates.check(app.reports(), ReportDef::id, ReportDef::at, "report id", problems);
        Duplicates.check(app.roles(), RoleDef::id, RoleDef::at, "role id", problems);
        app.def().menu().forEach(item -> checkMenu(app, item));
        String theme = app.def().theme();
        if (!themes.isEmpty() && theme != null && !themes.contains(theme)) {
            problems.add(app.def().positionOf("theme"), "$.theme", "The app '" + app.id() + "' uses the theme '" + theme
                    + "', which is not installed." + Suggestions.didYouMean(theme, themes) + " Themes: "
                    + String.join(", ", themes.stream().sorted().toList()) + ".");
        }
        app.def().userAttributes().forEach(attribute -> checkAttribute(app, attribute));
    }

    private void checkMenu(App app, MenuItem item) {
        switch (item) {
            case MenuItem.Group group -> group.items().forEach(child -> checkMenu(app, child));
            case MenuItem.Link link -> {
                List<String> known = switch (link.target()) {
                    case LIST -> app.lists().stream().map(ListDef::id).toList();
                    case REPORT -> app.reports().stream().map(ReportDef::id).toList();
                    case FORM -> app.forms().stream().map(FormDef::id).toList();
                };
                String kind = link.target().name().toLowerCase(java.util.Locale.ROOT);
                if (link.id() == null) {
                    problems.add(link.at(), "$.menu", "A menu item must open a list, report or form, or be a group with items.");
                } else if (!known.contains(link.id())) {
                    problems.add(link.at(), "$.menu", "The menu opens the " + kind + " '" + link.id() + "', which app '" + app.id()
                            + "' does not have." + Suggestions.didYouMean(link.id(), known));
                }
            }
        }
    }

    private void checkAttribute(App app, UserAttribute attribute) {
        if (!context.fieldTypes().isKnown(attribute.type())) {
            problems.add(attribute.at(), "$.userAttributes", "Unknown type '" + attribute.type() + "' for user attribute '"
                    + attribute.id() + "'." + Suggestions.didYouMean(attribute.type(), context.fieldTypes().names()));
        } else if ("reference".equals(attribute.type())) {
            if (attribute.entity() == null) {
                problems.add(attribute.at(), "$.userAttributes", "The user attribute '" + attribute.id()
                        + "' is a reference: say which entity it points to with 'entity'.");
            } else if (context.definitions().entity(app.id(), attribute.entity()).isEmpty()) {
                problems.add(attribute.at(), "$.userAttributes", "The user attribute '" + attribute.id() + "' points to the entity '"
                        + attribute.entity() + "', which does not exist.");
            }
        }
    }
}
