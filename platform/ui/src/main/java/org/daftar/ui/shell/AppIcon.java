package org.daftar.ui.shell;

import com.vaadin.flow.component.icon.Icon;

/** The icon an app names ({@code vaadin:package}, {@code lumo:edit}) as a component. */
public final class AppIcon {

    /** Shown when an app names no icon, or one that is not {@code COLLECTION:NAME}. */
    static final String FALLBACK = "vaadin:grid-big";

    private AppIcon() {
    }

    public static Icon of(String name) {
        String icon = name != null && name.matches("[a-z0-9-]+:[a-z0-9-]+") ? name : FALLBACK;
        int colon = icon.indexOf(':');
        return new Icon(icon.substring(0, colon), icon.substring(colon + 1));
    }
}
