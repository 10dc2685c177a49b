package org.daftar.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.model.Definitions;
import org.daftar.model.app.App;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.form.FormDef;
import org.daftar.model.list.ListDef;
import org.daftar.query.schema.Catalog;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.data.Rights;
import org.daftar.ui.form.render.ReferenceLookup;
import org.daftar.ui.list.ListField;
import org.daftar.ui.list.ListFields;
import org.daftar.ui.list.ListQuery;
import org.daftar.ui.list.ListView;

/**
 * Where the global search looks in an app, for the signed-in user: each entity of the app the user
 * may read and that has a form to open a record with. It matches the quick-search fields of the
 * entity's lists, or, when no list names any, the text fields of its display name; fields the
 * user's rights hide, and paths through records the user may not read, are left out (the gateway
 * would refuse them anyway).
 */
public final class SearchTargets {

    private final Definitions definitions;
    private final Catalog catalog;
    private final ListFields resolver;

    public SearchTargets(Definitions definitions, Catalog catalog) {
        this.definitions = definitions;
        this.catalog = catalog;
        this.resolver = new ListFields(definitions);
    }

    /** The entities of {@code appId} to search, in the app's order; none for an unknown app. */
    public List<SearchTarget> of(String appId, DataGateway gateway) {
        Optional<App> app = definitions.app(appId);
        if (app.isEmpty()) {
            return List.of();
        }
        List<SearchTarget> targets = new ArrayList<>();
        for (EntityDef entity : app.get().entities()) {
            Rights rights = gateway.rights(entity.qualifiedId());
            if (rights.read()) {
                target(app.get(), entity, rights, gateway).ifPresent(targets::add);
            }
        }
        return targets;
    }

    private Optional<SearchTarget> target(App app, EntityDef entity, Rights rights, DataGateway gateway) {
        List<ListDef> lists = app.lists().stream().filter(list -> ListQuery.entityOf(list).equals(entity.qualifiedId())).toList();
        Optional<FormDef> form = lists.stream().flatMap(list -> ListView.formOf(app, list).stream()).findFirst()
                .or(() -> app.forms().stream().filter(f -> f.entity().equals(entity.id())).findFirst());
        String template = catalog.displayTemplate(entity.qualifiedId()).orElse(null);
        List<String> shown = template == null ? List.of() : ReferenceLookup.placeholders(template).stream()
                .filter(name -> entity.field(name).isPresent() && rights.canSee(name)).distinct().toList();
        List<ListField> fields = searched(app, entity, lists, rights, shown).stream()
                .filter(field -> field.kind() == ListField.Kind.TEXT && readable(app, entity, field.path(), gateway)).toList();
        if (form.isEmpty() || fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SearchTarget(entity, app.id(), form.get().id(), fields, template, shown));
    }

    /** The lists' quick-search fields, or else the display name's. */
    private List<ListField> searched(App app, EntityDef entity, List<ListDef> lists, Rights rights, List<String> shown) {
        Map<String, ListField> byPath = new LinkedHashMap<>();
        for (ListDef list : lists) {
            resolver.fields(list, list.quickSearch(), rights.hidden()).forEach(field -> byPath.putIfAbsent(field.path(), field));
        }
        if (byPath.isEmpty()) {
            shown.forEach(name -> resolver.resolve(app.id(), entity.id(), name).ifPresent(field -> byPath.put(name, field)));
        }
        return List.copyOf(byPath.values());
    }

    /**
     * Whether the user may read what a path goes through: for {@code customer.name}, the customers'
     * names (a clerk who may read orders but not customers searches orders by their own fields).
     */
    private boolean readable(App app, EntityDef entity, String path, DataGateway gateway) {
        String[] segments = path.split("\\.");
        for (int i = 1; i < segments.length; i++) {
            String through = String.join(".", java.util.Arrays.copyOfRange(segments, 0, i));
            EntityDef target = resolver.resolve(app.id(), entity.id(), through).map(ListField::target).orElse(null);
            if (target == null || !gateway.rights(target.qualifiedId()).canSee(segments[i])) {
                return false;
            }
        }
        return true;
    }
}
