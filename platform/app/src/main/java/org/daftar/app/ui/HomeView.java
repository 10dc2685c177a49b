package org.daftar.app.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.shell.DaftarAppShell;
import org.daftar.ui.shell.MainLayout;
import org.daftar.model.Definitions;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.ui.runtime.RuntimeSnapshot;
import org.daftar.model.app.App;

/**
 * The start page, in the {@link MainLayout} (navigation, language switch): every loaded app as a
 * card and the version of the definitions in force. Renders again whenever the language changes.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@PageTitle(DaftarAppShell.TITLE)
public class HomeView extends VerticalLayout implements LocaleChangeObserver {

    private final Definitions definitions;
    private final RuntimeSnapshot.Version version;
    private final H1 title = new H1();
    private final Paragraph versionLine = new Paragraph();
    private final Div apps = new Div();

    /** Reads the definitions in force once: the page shows one published version. */
    public HomeView(RuntimeHolder runtime) {
        RuntimeSnapshot snapshot = runtime.current();
        this.definitions = snapshot.definitions();
        this.version = snapshot.version();
        setPadding(true);
        versionLine.setId("definitions-version");
        versionLine.getStyle().set("color", "var(--lumo-secondary-text-color)");
        apps.setId("apps");
        apps.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        add(title, versionLine, apps);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Language language = Language.of(event.getLocale());
        title.setText(getTranslation("home.title"));
        versionLine.setText(getTranslation("home.version", version.number(), loadedAt(language)));
        apps.removeAll();
        for (App app : definitions.apps()) {
            apps.add(new AppCard(app, language, (key, count) -> getTranslation(key, count)));
        }
        if (definitions.apps().isEmpty()) {
            apps.add(new Paragraph(getTranslation("home.empty")));
        }
    }

    private String loadedAt(Language language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.locale())
                .withZone(ZoneId.systemDefault())
                .format(version.publishedAt());
    }
}
