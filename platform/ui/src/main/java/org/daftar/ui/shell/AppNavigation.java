package org.daftar.ui.shell;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Optional;
import org.daftar.model.Definitions;
import org.daftar.model.LocalizedText;
import org.daftar.model.app.App;
import org.daftar.model.app.MenuItem;
import org.daftar.ui.i18n.Language;

/**
 * The navigation of the apps, built from their menus: one item per app (its icon and label, opening
 * the home page's card of it), holding the app's menu — links to its lists, forms (a new record)
 * and reports, and labelled groups of them — in the user's language.
 */
public final class AppNavigation {

    private final Definitions definitions;

    public AppNavigation(Definitions definitions) {
        this.definitions = definitions;
    }

    /** The URL of a list: {@code apps/APP/lists/LIST}. */
    public static String listPath(String app, String list) {
        return "apps/" + app + "/lists/" + list;
    }

    /** The URL of a form; with {@code id} null, of a new record: {@code apps/APP/forms/FORM[/ID]}. */
    public static String formPath(String app, String form, Long id) {
        return "apps/" + app + "/forms/" + form + (id == null ? "" : "/" + id);
    }

    /** The URL of a report: {@code apps/APP/reports/REPORT}. */
    public static String reportPath(String app, String report) {
        return "apps/" + app + "/reports/" + report;
    }

    /** The URL of an app's dashboard: {@code apps/APP/dashboard}. */
    public static String dashboardPath(String app) {
        return "apps/" + app + "/dashboard";
    }

    /**
     * The navigation in {@code language}: every app, and the menu of the app {@code openApp} (may
     * be null), expanded. The other apps link to their dashboards: a session keeps only the menu in
     * use, not every app's.
     */
    public SideNav build(Language language, String openApp) {
        SideNav nav = new SideNav();
        nav.setId("navigation");
        nav.setWidthFull();
        for (App app : definitions.apps()) {
            boolean open = app.id().equals(openApp);
            SideNavItem item = open ? new SideNavItem(app.label().in(language.code()))
                    : new SideNavItem(app.label().in(language.code()), dashboardPath(app.id()));
            item.setId("nav-" + app.id());
            item.setPrefixComponent(AppIcon.of(app.def().icon()));
            if (open) {
                for (MenuItem entry : app.def().menu()) {
                    add(item, app, entry, language);
                }
                item.setExpanded(true);
            }
            nav.addItem(item);
        }
        return nav;
    }

    private void add(SideNavItem parent, App app, MenuItem entry, Language language) {
        switch (entry) {
            case MenuItem.Link link -> link(app, link, language).ifPresent(parent::addItem);
            case MenuItem.Group group -> {
                SideNavItem item = new SideNavItem(group.label().in(language.code()));
                group.items().forEach(child -> add(item, app, child, language));
                item.setExpanded(true);
                parent.addItem(item);
            }
        }
    }

    private static Optional<SideNavItem> link(App app, MenuItem.Link link, Language language) {
        Optional<LocalizedText> label = switch (link.target()) {
            case LIST -> app.list(link.id()).map(list -> list.label());
            case FORM -> app.form(link.id()).map(form -> form.label());
            case REPORT -> app.report(link.id()).map(report -> report.label());
        };
        String path = switch (link.target()) {
            case LIST -> listPath(app.id(), link.id());
            case FORM -> formPath(app.id(), link.id(), null);
            case REPORT -> reportPath(app.id(), link.id());
        };
        return label.map(text -> {
            SideNavItem item = new SideNavItem(text == null ? link.id() : text.in(language.code()), path);
            item.setId("nav-" + app.id() + "-" + link.target().name().toLowerCase(java.util.Locale.ROOT) + "-" + link.id());
            return item;
        });
    }
}
