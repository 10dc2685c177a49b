package org.daftar.ui.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: its title and style sheets. Themes are plain CSS served by the
 * {@code themes} module from {@code META-INF/resources/themes/NAME/theme.css}; nothing here needs
 * an npm bundle.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/default/theme.css")
public class DaftarAppShell implements AppShellConfigurator {

    /** The page title before a view sets its own. */
    public static final String TITLE = "Daftar";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle(TITLE);
    }
}
