package org.daftar.ui.list;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.daftar.ui.ListTestContext;
import org.daftar.ui.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the list and shell screen tests share: a mocked Vaadin UI in the Spring context of
 * {@link ListTestContext}, in English, with the list view and a stand-in for the form view; ways to
 * open a URL and read the rows a list shows; and the directions the page was told to take.
 */
public abstract class ListScreenTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.daftar.ui.list");

    private final List<String> directions = new ArrayList<>();
    private final Function1<PendingJavaScriptInvocation, Unit> recordDirection = pending -> {
        if (pending.getInvocation().getExpression().startsWith("document.dir")) {
            directions.add(String.valueOf(pending.getInvocation().getParameters().getFirst()));
        }
        return Unit.INSTANCE;
    };
    private List<Function1<PendingJavaScriptInvocation, Unit>> handlers;

    @BeforeEach
    void startTheUi() {
        handlers = KaribuConfig.getPendingJavascriptInvocationHandlers();
        var withDirections = new ArrayList<>(handlers);
        withDirections.add(recordDirection);
        KaribuConfig.setPendingJavascriptInvocationHandlers(withDirections);
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, ListTestContext.get(), UI::new));
        VaadinSession.getCurrent().setLocale(Language.ENGLISH.locale());
        UI.getCurrent().setLocale(Language.ENGLISH.locale());
    }

    @AfterEach
    void stopTheUi() {
        MockVaadin.tearDown();
        org.daftar.ui.ListTestGateway.reset();
        KaribuConfig.setPendingJavascriptInvocationHandlers(handlers);
    }

    /** Opens a URL of the application, as typing it or following a bookmark does. */
    protected static void open(String url) {
        int question = url.indexOf('?');
        if (question < 0) {
            UI.getCurrent().navigate(url);
        } else {
            UI.getCurrent().navigate(url.substring(0, question),
                    com.vaadin.flow.router.QueryParameters.fromString(url.substring(question + 1)));
        }
    }

    /** The list on screen. */
    protected static ListView list() {
        return _get(ListView.class);
    }

    /** Every row the list on screen shows, as the texts of its visible cells. */
    protected static List<List<String>> rows() {
        Grid<ListRow> grid = list().grid();
        List<ListRow> all = GridKt._fetch(grid, 0, 10_000);
        List<String> shown = grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
        return all.stream().map(row -> shown.stream().map(key -> GridKt._getFormatted(grid.getColumnByKey(key), row)).toList())
                .toList();
    }

    /** The texts of one column of every row. */
    protected static List<String> column(String key) {
        Grid<ListRow> grid = list().grid();
        return GridKt._fetch(grid, 0, 10_000).stream().map(row -> GridKt._getFormatted(grid.getColumnByKey(key), row)).toList();
    }

    /** The list's URL now, path and query. */
    protected static String url() {
        return list().url();
    }

    /** The direction the page was last told to take. */
    protected String documentDirection() {
        MockVaadin.clientRoundtrip(false);
        return directions.isEmpty() ? "none" : directions.getLast();
    }
}
