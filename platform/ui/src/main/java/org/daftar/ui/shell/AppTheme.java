package org.daftar.ui.shell;

import java.util.Optional;
import org.daftar.model.app.App;

/**
 * The style sheet of an app's theme ({@code theme: dark} in {@code app.yaml}):
 * {@code themes/NAME/theme.css}, served by the {@code themes} module. The default theme is on every
 * page already ({@link DaftarAppShell}), so it needs none; a name that is not a plain folder name
 * is never put in a URL.
 */
public final class AppTheme {

    /** The theme every page has. */
    public static final String DEFAULT = "default";

    private AppTheme() {
    }

    /** The style sheet to add for {@code app}, or empty when its theme is the default one. */
    public static Optional<String> styleSheet(App app) {
        String theme = app.def().theme();
        if (theme == null || theme.equals(DEFAULT) || !theme.matches("[a-z0-9][a-z0-9-]*")) {
            return Optional.empty();
        }
        return Optional.of("themes/" + theme + "/theme.css");
    }
}
