package org.daftar.ui.shell;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.Arrays;
import java.util.Locale;
import org.daftar.ui.i18n.Language;
import tools.jackson.databind.node.ArrayNode;

/**
 * Chooses the language of the screens (English, العربية) for the whole session.
 *
 * <p>It is the select web component given its options as data: every tab shows it, and a Flow
 * {@code Select} would keep a list box and a component per language in each.
 */
@Tag("vaadin-select")
public class LanguageSwitch extends AbstractSinglePropertyField<LanguageSwitch, Language> implements LocaleChangeObserver {

    private static final ArrayNode ITEMS = items();

    public LanguageSwitch() {
        super("value", null, String.class, LanguageSwitch::fromCode, language -> language == null ? "" : language.code());
        setId("language");
        getElement().setPropertyJson("items", ITEMS);
        addValueChangeListener(change -> getUI().ifPresent(ui -> {
            if (change.getValue() != null && change.getValue() != UiLanguage.of(ui)) {
                UiLanguage.switchTo(ui, change.getValue());
            }
        }));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getElement().setProperty("accessibleName", getTranslation("language.label"));
        setValue(Language.of(event.getLocale()));
    }

    /** The accessible name, in the screens' language. */
    public String getAriaLabel() {
        return getElement().getProperty("accessibleName");
    }

    private static Language fromCode(String code) {
        return code == null || code.isEmpty() ? null : Language.of(Locale.of(code));
    }

    private static ArrayNode items() {
        ArrayNode items = JacksonUtils.createArrayNode();
        Arrays.stream(Language.values()).forEach(language -> items.add(JacksonUtils.createObjectNode()
                .put("label", language.nativeName()).put("value", language.code())));
        return items;
    }
}
