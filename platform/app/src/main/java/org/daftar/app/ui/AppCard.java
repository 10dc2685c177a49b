package org.daftar.app.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import java.util.function.BiFunction;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.shell.AppIcon;
import org.daftar.model.app.App;

/**
 * One app on the home page: its icon, label and description in the UI's language, and how many
 * entities, forms, lists and reports it has. Its id is {@code app-APPID}.
 */
class AppCard extends Card {

    /**
     * @param app the app
     * @param language the language to show its texts in
     * @param messages the built-in texts, as {@code (key, count) -> text}
     */
    AppCard(App app, Language language, BiFunction<String, Integer, String> messages) {
        setId("app-" + app.id());
        addThemeVariants(CardVariant.LUMO_OUTLINED);
        setWidth("22rem");
        Icon icon = AppIcon.of(app.def().icon());
        icon.setColor("var(--lumo-primary-color)");
        setHeaderPrefix(icon);
        setTitle(new Span(app.label().in(language.code())));
        if (app.def().description() != null) {
            add(new Paragraph(app.def().description().in(language.code())));
        }
        addToFooter(
                count(messages.apply("home.entities", app.entities().size())),
                count(messages.apply("home.forms", app.forms().size())),
                count(messages.apply("home.lists", app.lists().size())),
                count(messages.apply("home.reports", app.reports().size())));
    }

    private static Span count(String text) {
        Span count = new Span(text);
        count.getStyle()
                .set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        return count;
    }
}
