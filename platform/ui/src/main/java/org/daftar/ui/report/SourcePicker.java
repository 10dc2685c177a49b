package org.daftar.ui.report;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Comparator;
import java.util.List;
import org.daftar.model.Definitions;
import org.daftar.model.app.App;
import org.daftar.model.entity.EntityDef;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.i18n.Language;

/**
 * The source of the report being built: the entities of every app that the user may read, offered
 * as {@code App › Entity} in the user's language, in that order.
 */
final class SourcePicker extends ComboBox<EntityDef> {

    private final Definitions definitions;
    private final Language language;

    SourcePicker(Definitions definitions, DataGateway gateway, Language language) {
        this.definitions = definitions;
        this.language = language;
        setLabel(getTranslation("report.builder.source"));
        setId("builder-source");
        setItems(readable(gateway));
        setItemLabelGenerator(this::label);
        setWidth("24em");
    }

    private List<EntityDef> readable(DataGateway gateway) {
        return definitions.apps().stream()
                .flatMap(app -> app.entities().stream())
                .filter(entity -> gateway.rights(entity.qualifiedId()).read())
                .sorted(Comparator.comparing(this::label))
                .toList();
    }

    private String label(EntityDef entity) {
        String app = definitions.app(entity.appId()).map(App::label).map(l -> l.in(language.code())).orElse(entity.appId());
        return app + ReportFields.ARROW + entity.labelOrName().in(language.code());
    }
}
