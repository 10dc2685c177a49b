package org.daftar.ui.shell;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.daftar.ui.i18n.Language;

/** Puts a UI, and the session it belongs to, in a language: locale and writing direction. */
public final class UiLanguage {

    private UiLanguage() {
    }

    /** The language {@code ui} is shown in. */
    public static Language of(UI ui) {
        return Language.of(ui.getLocale());
    }

    /**
     * Shows {@code ui} in {@code language} and remembers it in the session, so every tab and every
     * later page of the session uses it too. Views that observe locale changes render again.
     */
    public static void switchTo(UI ui, Language language) {
        VaadinSession session = ui.getSession();
        if (session == null) {
            ui.setLocale(language.locale());
            applyDirection(ui);
            return;
        }
        session.setLocale(language.locale());
        session.getUIs().forEach(UiLanguage::applyDirection);
    }

    /** Sets {@code ui} right-to-left or left-to-right for the language of its locale. */
    public static void applyDirection(UI ui) {
        ui.setDirection(of(ui).rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
    }
}
