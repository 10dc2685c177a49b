package org.daftar.ui.form;

import java.time.Clock;
import java.util.Optional;
import org.daftar.data.record.table.EntityTables;
import org.daftar.model.Definitions;
import org.daftar.model.link.FieldTypes;
import org.daftar.plugin.Plugins;
import org.daftar.plugin.render.RendererRegistry;
import org.daftar.query.schema.Catalog;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.form.live.LiveRecords;
import org.daftar.ui.form.render.FormRenderers;
import org.daftar.ui.form.render.RenderServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What generated forms need, made once: the definitions, the data gateway, the renderer registry
 * (built-in renderers and the plugins'), and the record service's computations run live.
 *
 * <pre>{@code
 * FormSupport forms = new FormSupport(definitions, gateway, catalog, plugins);
 * forms.model("shop", "sales_order").orElseThrow();
 * forms.registry().render(new FieldContext(field, entity, locale, false));
 * }</pre>
 */
@Component
public class FormSupport {

    private final Definitions definitions;
    private final DataGateway gateway;
    private final Catalog catalog;
    private final LiveRecords live;
    private final RendererRegistry registry;

    /**
     * The application's: the gateway is resolved when a form first uses it, as it is the signed-in
     * user's door to the data and may be provided by the security module.
     */
    @Autowired
    public FormSupport(Definitions definitions, @Lazy DataGateway gateway, Catalog catalog, Plugins plugins) {
        this(definitions, gateway, catalog, plugins, Clock.systemDefaultZone());
    }

    /** @param clock the clock of {@code today()} and the time zone moments are shown in */
    public FormSupport(Definitions definitions, DataGateway gateway, Catalog catalog, Plugins plugins, Clock clock) {
        this.definitions = definitions;
        this.gateway = gateway;
        this.catalog = catalog;
        this.live = new LiveRecords(new EntityTables(definitions, new FieldTypes(plugins.fieldTypes())), clock);
        RendererRegistry[] built = new RendererRegistry[1];
        RenderServices services = new RenderServices(gateway, definitions, catalog, live, () -> built[0],
                new CreateRecordDialog.Opener(this), clock);
        this.registry = FormRenderers.registry(services, plugins);
        built[0] = registry;
    }

    /** The form {@code form} of the app {@code app}, if there is one. */
    public Optional<FormModel> model(String app, String form) {
        return FormModel.find(definitions, this, app, form);
    }

    public Definitions definitions() {
        return definitions;
    }

    public DataGateway gateway() {
        return gateway;
    }

    public Catalog catalog() {
        return catalog;
    }

    public LiveRecords live() {
        return live;
    }

    /** Built-in renderers first, then the plugins': a plugin's renderer wins by ranking higher. */
    public RendererRegistry registry() {
        return registry;
    }
}
