package org.daftar.ui.list;

import org.daftar.ui.data.ExportFormat;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.model.Definitions;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.ui.runtime.RuntimeSnapshot;
import org.daftar.model.app.App;
import org.daftar.model.expression.Expressions;
import org.daftar.model.form.FormDef;
import org.daftar.model.list.ListDef;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Query;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.data.Rights;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.shell.AppNavigation;
import org.daftar.ui.shell.MainLayout;
import org.daftar.ui.shell.UiLanguage;

/**
 * A list of an app ({@code apps/APP/lists/LIST}): a grid of the list's columns, read page by page
 * with keyset pagination and sorted in the database, with filters per column, quick search, a
 * column chooser, saved views, bulk delete with undo, export of the current view and import of a
 * CSV file ({@link ImportDialog}). Everything the user sets is in the URL ({@link ListState}), so a
 * list can be bookmarked and the back button works.
 * Opening a row (double-click or Enter) opens the list's form at {@code apps/APP/forms/FORM/ID}.
 * The list never counts a table to open: its size is PostgreSQL's estimate until the user asks for
 * the exact count.
 */
@Route(value = "apps/:app/lists/:list", layout = MainLayout.class)
@PermitAll
public class ListView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final RuntimeHolder runtime;
    /** The snapshot the list was opened with; a navigation after a publish opens it again with the new one. */
    private RuntimeSnapshot snapshot;
    private Definitions definitions;
    private final DataGateway gateway;
    private final SavedViewStore views;
    private ListFields resolver;
    private final ListExporter exporter;
    private App app;
    private ListDef list;
    private Rights rights;
    private volatile ListQuery listQuery;
    private volatile ListState state = ListState.INITIAL;
    private String viewOnOpen;
    private volatile Language language;
    private ListGrid grid;
    private KeysetPager pager;
    private FilterBar filterBar;
    private TextField search;
    private ColumnChooser chooser;
    private SavedViewsMenu viewsMenu;
    private final Span rowCount = new Span();
    private volatile long estimate;

    public ListView(RuntimeHolder runtime, DataGateway gateway, SavedViewStore views) {
        this.runtime = runtime;
        this.gateway = gateway;
        this.views = views;
        use(runtime.current());
        this.exporter = new ListExporter(gateway);
        setSizeFull();
        setId("list-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String appId = event.getRouteParameters().get("app").orElse("");
        String listId = event.getRouteParameters().get("list").orElse("");
        boolean published = snapshot != runtime.current();
        if (published) {
            use(runtime.current());
        }
        Optional<App> found = definitions.app(appId);
        Optional<ListDef> def = found.flatMap(a -> a.list(listId));
        Rights allowed = def.map(d -> gateway.rights(ListQuery.entityOf(d)))
                .orElse(Rights.NONE);
        if (def.isEmpty() || !allowed.read()) {
            event.rerouteToError(NotFoundException.class, "There is no list " + listId + " in the app " + appId);
            return;
        }
        boolean sameList = !published && def.get().equals(list);
        app = found.get();
        list = def.get();
        rights = allowed;
        var parameters = event.getLocation().getQueryParameters();
        ListState opened = ListState.of(parameters);
        viewOnOpen = null;
        if (parameters.getParameters().isEmpty()) {
            Optional<SavedView> preferred = views.defaultView(gateway.user(), listKey());
            if (preferred.isPresent()) {
                opened = ListState.of(preferred.get().state());
                viewOnOpen = preferred.get().name();
            }
        }
        state = opened;
        if (sameList && grid != null && UiLanguage.of(event.getUI()) == language) {
            applyState();
        } else {
            build(UiLanguage.of(event.getUI()));
        }
    }

    private void use(RuntimeSnapshot current) {
        snapshot = current;
        definitions = current.definitions();
        resolver = new ListFields(definitions);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (list != null && Language.of(event.getLocale()) != language) {
            build(Language.of(event.getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return list == null ? "" : list.label().in(language == null ? "en" : language.code());
    }

    /** The list's URL now: its path and, when the user changed anything, the query of its state. */
    public String url() {
        String query = state.toQueryString();
        return AppNavigation.listPath(app.id(), list.id()) + (query.isEmpty() ? "" : "?" + query);
    }

    /** The state the list shows. */
    public ListState state() {
        return state;
    }

    /** The grid of rows. */
    ListGrid grid() {
        return grid;
    }

    private String listKey() {
        return app.id() + "." + list.id();
    }

    private void build(Language shownIn) {
        language = shownIn;
        removeAll();
        List<ListField> columns = resolver.columns(list, rights.hidden());
        Map<String, ListField> filterable = new LinkedHashMap<>();
        resolver.fields(list, list.filters(), rights.hidden()).forEach(f -> filterable.put(f.path(), f));
        columns.forEach(f -> filterable.putIfAbsent(f.path(), f));
        Filter fixed = list.where() == null ? Filter.NONE
                : Filter.expression(Expressions.parse(list.where().text()), Map.of(Filter.Expr.USER, gateway.user()));
        listQuery = new ListQuery(list, columns, List.copyOf(filterable.values()),
                resolver.fields(list, list.quickSearch(), rights.hidden()), fixed);
        filterBar = new FilterBar(listQuery.filterable(), language, this::getTranslation,
                (path, filter) -> changeState(state.withFilter(path, filter)),
                () -> changeState(new ListState(Map.of(), state.sort(), "", state.columns())));
        grid = grid(columns);
        add(toolbar(columns), filterBar, grid);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        setFlexGrow(1, grid);
        applyState();
        if (viewOnOpen != null) {
            viewsMenu.use(viewOnOpen);
        }
    }

    private HorizontalLayout toolbar(List<ListField> columns) {
        H2 title = new H2(list.label().in(language.code()));
        title.setId("list-title");
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-xl)");
        rowCount.setId("row-count");
        rowCount.getStyle().set("color", "var(--lumo-secondary-text-color)");
        ActionButton countExactly = new ActionButton("count-exactly", getTranslation("list.count"), () ->
                rowCount.setText(getTranslation("list.rows.exact", gateway.countRows(listQuery.query(state), Map.of()))))
                .withTheme("tertiary small");
        search = new TextField();
        search.setId("quick-search");
        search.setPlaceholder(getTranslation("list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setVisible(!listQuery.quickSearch().isEmpty());
        search.addValueChangeListener(change -> changeState(state.withSearch(change.getValue())));
        viewsMenu = new SavedViewsMenu(views, gateway.user(), listKey(), this::text, () -> state, this::changeState);
        chooser = new ColumnChooser(columns, language, getTranslation("list.columns"),
                shown -> changeState(state.withColumns(shown.size() == columns.size() ? List.of() : shown)));
        HorizontalLayout bar = new HorizontalLayout(title, rowCount, countExactly);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWidthFull();
        ExportLinks links = new ExportLinks(exporter, list.id(), () -> new ExportLinks.View(
                listQuery.export(state, shownColumns()), shownColumns(), language, estimate));
        HorizontalLayout actions = new HorizontalLayout(search, viewsMenu, chooser, download(links, ExportFormat.CSV),
                download(links, ExportFormat.XLSX));
        if (rights.importRecords()) {
            actions.add(importButton());
        }
        actions.add(deleteButton(), newButton());
        actions.setAlignItems(Alignment.CENTER);
        bar.addAndExpand(new Span());
        bar.add(actions);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private ListGrid grid(List<ListField> columns) {
        ListGrid rows = new ListGrid(columns, list.pageSize(), language,
                new CellFormat(language, getTranslation("list.yes"), getTranslation("list.no")));
        if (rights.delete()) {
            rows.setSelectionMode(Grid.SelectionMode.MULTI);
        }
        rows.setItems(query -> pager.rows(query.getOffset(), query.getLimit()).stream());
        rows.onSort(keys -> {
            if (!keys.equals(listQuery.sort(state))) {
                changeState(state.withSort(keys));
            }
        });
        rows.onOpen(this::open);
        return rows;
    }

    private Anchor download(ExportLinks links, ExportFormat format) {
        Anchor anchor = links.link(format, getTranslation("list.export." + format.extension()),
                (exportLanguage, rows) -> getTranslation(exportLanguage.locale(), "list.export.progress", rows));
        anchor.setVisible(rights.export());
        return anchor;
    }

    /** "Import": the dialog is made when the button is clicked, so an unused import costs the list nothing. */
    private ActionButton importButton() {
        return new ActionButton("import-records", getTranslation("list.import"), () -> definitions.entity(app.id(), list.entity())
                .ifPresent(entity -> new ImportDialog(gateway, entity, rights, language, list.id(), this::refresh).open()));
    }

    private ActionButton deleteButton() {
        BulkDelete bulk = new BulkDelete(gateway, listQuery.entity(), language.locale(), this::text, this::refresh);
        ActionButton delete = new ActionButton("delete-selected", getTranslation("list.delete"),
                () -> bulk.delete(new ArrayList<>(grid.getSelectedItems()))).withIcon(VaadinIcon.TRASH).withTheme("error");
        delete.setVisible(rights.delete());
        delete.setEnabled(false);
        grid.addSelectionListener(selection -> delete.setEnabled(!selection.getAllSelectedItems().isEmpty()));
        return delete;
    }

    private ActionButton newButton() {
        ActionButton create = new ActionButton("new-record", getTranslation("list.new"),
                () -> form().ifPresent(form -> navigate(AppNavigation.formPath(app.id(), form.id(), null))))
                .withIcon(VaadinIcon.PLUS).withTheme("primary");
        create.setVisible(rights.create() && form().isPresent());
        return create;
    }

    /** The form that opens the list's rows: the list's own, else the first of its entity in the app. */
    private Optional<FormDef> form() {
        return formOf(app, list);
    }

    /** The form that opens the rows of {@code list} of {@code app}: the list's own, else the first of its entity in the app. */
    public static Optional<FormDef> formOf(App app, ListDef list) {
        if (list.form() != null) {
            return app.form(list.form());
        }
        return app.forms().stream().filter(form -> form.entity().equals(list.entity())).findFirst();
    }

    private void open(ListRow row) {
        form().ifPresent(form -> navigate(AppNavigation.formPath(app.id(), form.id(), row.id())));
    }

    private void navigate(String path) {
        getUI().ifPresent(ui -> ui.navigate(path));
    }

    private List<ListField> shownColumns() {
        List<String> paths = state.columns();
        return listQuery.columns().stream().filter(f -> paths.isEmpty() || paths.contains(f.path())).toList();
    }

    private void changeState(ListState next) {
        if (next.equals(state)) {
            return;
        }
        state = next;
        getUI().ifPresent(ui -> ui.getPage().getHistory().pushState(null, url()));
        applyState();
        viewsMenu.changed();
    }

    /** Shows {@link #state} in the search box, the filters, the column choice and the sort, and reads the rows again. */
    private void applyState() {
        if (!search.getValue().equals(state.search())) {
            search.setValue(state.search());
        }
        filterBar.show(state);
        chooser.show(state.columns());
        grid.showColumns(shownColumns().stream().map(ListField::path).toList());
        grid.showSort(listQuery.sort(state));
        refresh();
    }

    /** Reads the rows of the current state again, from the first page. */
    private void refresh() {
        Query query = listQuery.query(state);
        pager = new KeysetPager(q -> gateway.run(q, Map.of()), query, list.pageSize(), listQuery.columns().size());
        estimate = gateway.estimateRows(query, Map.of());
        rowCount.setText(getTranslation("list.rows", estimate));
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        grid.getLazyDataView().setItemCountEstimate((int) Math.max(1, Math.min(estimate, Integer.MAX_VALUE / 2)));
    }

    private String text(String key, Object argument) {
        return argument == null ? getTranslation(key) : getTranslation(key, argument);
    }
}
