package org.daftar.ui.shell;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.daftar.ui.i18n.Language;

/** Chooses the language of the screens (English, العربية) for the whole session. */
public class LanguageSwitch extends Select<Language> implements LocaleChangeObserver {

    public LanguageSwitch() {
        setId("language");
        setItems(Language.values());
        setItemLabelGenerator(Language::nativeName);
        addValueChangeListener(change -> getUI().ifPresent(ui -> {
            if (change.getValue() != null && change.getValue() != UiLanguage.of(ui)) {
                UiLanguage.switchTo(ui, change.getValue());
            }
        }));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        setAriaLabel(getTranslation("language.label"));
        setValue(Language.of(event.getLocale()));
    }
}
