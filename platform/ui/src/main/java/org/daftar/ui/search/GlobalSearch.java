package org.daftar.ui.search;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;
import java.util.function.Supplier;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.runtime.RuntimeSnapshot;
import org.daftar.ui.shell.UiLanguage;

/**
 * The search field of the top bar, on every page of an app: finds the app's records as the user
 * types (after a pause of {@value #PAUSE_MS} ms), shows them grouped by entity, and opens the chosen
 * one's form (arrow keys and Enter, or a click; Escape closes the results). Ctrl+K (⌘K) focuses it.
 *
 * <p>Every session has one in every tab, so until the user types it is a bare {@code <input>} with
 * one listener, lighter than a text field: Ctrl+K is handled in the browser (a script sent once, no
 * server state), and the results popup and its keys are made on the first search.
 */
@Tag("input")
public final class GlobalSearch extends Component implements Focusable<GlobalSearch>, LocaleChangeObserver {

    /** How long the user pauses typing before a search runs. */
    public static final int PAUSE_MS = 300;

    /** Focuses the field on Ctrl+K or ⌘K, anywhere on the page, instead of the browser's own use of the keys. */
    static final String CTRL_K = """
            const field = this;
            document.addEventListener('keydown', e => {
              if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k' && field.isConnected
                  && field.offsetParent !== null) {
                e.preventDefault();
                field.focus();
                field.select();
              }
            });""";

    private final Supplier<RuntimeSnapshot> runtime;
    private final Supplier<DataGateway> gateway;
    private String app;
    private String text = "";
    private SearchResults results;

    /**
     * @param runtime the definitions in force, read at each search
     * @param gateway the signed-in user's gateway, through which every record is found
     */
    public GlobalSearch(Supplier<RuntimeSnapshot> runtime, Supplier<DataGateway> gateway) {
        this.runtime = runtime;
        this.gateway = gateway;
        setId("global-search");
        getElement().setAttribute("type", "search");
        getElement().getClassList().add("daftar-search");
        getElement().setAttribute("aria-keyshortcuts", "Control+K");
        getElement().addEventListener("input", typed -> search(typed.getEventData().get("element.value").asString()))
                .addEventData("element.value")
                .debounce(PAUSE_MS);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (attach.isInitialAttach()) {
            getElement().executeJs(CTRL_K);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getElement().setAttribute("placeholder", getTranslation("search.placeholder"));
        getElement().setAttribute("aria-label", getTranslation("search.label"));
    }

    /** Searches the app {@code appId} from now on; hidden outside an app ({@code null}). */
    public void searchIn(String appId) {
        app = appId;
        setVisible(appId != null);
        if (results != null) {
            results.close();
        }
    }

    /** Finds the records containing {@code text} and shows them; too short a text closes the results. */
    void search(String typed) {
        if (results == null) {
            build();
        }
        text = typed == null ? "" : typed;
        String wanted = text.strip();
        if (app == null || wanted.length() < RecordSearch.MIN_LENGTH) {
            results.close();
            return;
        }
        DataGateway data = gateway.get();
        RuntimeSnapshot snapshot = runtime.get();
        List<SearchTarget> targets = new SearchTargets(snapshot.definitions(), snapshot.catalog()).of(app, data);
        Language language = getUI().map(UiLanguage::of).orElse(Language.ENGLISH);
        results.show(new RecordSearch(data).find(targets, wanted), language, getTranslation("search.none", wanted));
    }

    /** The popup and the keys that move in it, on first use. */
    private void build() {
        results = new SearchResults(this, this::open);
        getUI().ifPresent(ui -> ui.add(results));
        Shortcuts.addShortcutListener(this, () -> results.move(1), Key.ARROW_DOWN).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> results.move(-1), Key.ARROW_UP).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> results.chosen().ifPresent(this::open), Key.ENTER).listenOn(this);
        Shortcuts.addShortcutListener(this, results::close, Key.ESCAPE).listenOn(this);
    }

    private void open(RecordSearch.Hit hit) {
        results.close();
        text = "";
        getElement().executeJs("this.value = ''"); // the value is never synchronised: a property set here would not change twice
        getUI().ifPresent(ui -> ui.navigate(hit.path()));
    }

    /** The text searched last. */
    public String text() {
        return text;
    }

    /** The results popup, once the user has searched; {@code null} before. */
    SearchResults results() {
        return results;
    }
}
