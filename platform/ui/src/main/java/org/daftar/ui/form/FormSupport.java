package org.daftar.ui.form;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
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
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.ui.runtime.RuntimeSnapshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What generated forms need: the definitions, the data gateway, the renderer registry (built-in
 * renderers and the plugins'), and the record service's computations run live.
 *
 * <p>The application's instance follows the {@link RuntimeHolder}: {@link #pinned()} gives the
 * support of the snapshot in force (made once per snapshot), which a form keeps while it is open,
 * so a publish never changes an open form under the user. An instance made from definitions is
 * pinned to them (tests, benchmarks).
 *
 * <pre>{@code
 * FormSupport forms = new FormSupport(definitions, gateway, catalog, plugins);
 * forms.model("shop", "sales_order").orElseThrow();
 * forms.registry().render(new FieldContext(field, entity, locale, false));
 * }</pre>
 */
@Component
public class FormSupport {

    private final Supplier<RuntimeSnapshot> runtime;
    private final DataGateway gateway;
    private final Plugins plugins;
    private final Clock clock;
    private final RuntimeSnapshot snapshot;
    private final Definitions definitions;
    private final Catalog catalog;
    private final LiveRecords live;
    private final RendererRegistry registry;
    private final AtomicReference<FormSupport> latest = new AtomicReference<>();

    /**
     * The application's: follows the snapshot in force; the gateway is resolved when a form first
     * uses it, as it is the signed-in user's door to the data and may be provided by the security module.
     */
    @Autowired
    public FormSupport(RuntimeHolder runtime, @Lazy DataGateway gateway, Plugins plugins) {
        this.runtime = runtime;
        this.gateway = gateway;
        this.plugins = plugins;
        this.clock = Clock.systemDefaultZone();
        this.snapshot = null;
        this.definitions = null;
        this.catalog = null;
        this.live = null;
        this.registry = null;
    }

    /** Pinned to {@code definitions}. */
    public FormSupport(Definitions definitions, DataGateway gateway, Catalog catalog, Plugins plugins) {
        this(definitions, gateway, catalog, plugins, Clock.systemDefaultZone());
    }

    /**
     * Pinned to {@code definitions}.
     *
     * @param clock the clock of {@code today()} and the time zone moments are shown in
     */
    public FormSupport(Definitions definitions, DataGateway gateway, Catalog catalog, Plugins plugins, Clock clock) {
        this(null, definitions, gateway, catalog, plugins, clock);
    }

    private FormSupport(RuntimeSnapshot snapshot, Definitions definitions, DataGateway gateway, Catalog catalog,
            Plugins plugins, Clock clock) {
        this.runtime = null;
        this.snapshot = snapshot;
        this.plugins = plugins;
        this.clock = clock;
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

    /**
     * The support of the definitions in force now, to keep for the life of a form; an instance
     * pinned to definitions gives itself.
     */
    public FormSupport pinned() {
        if (runtime == null) {
            return this;
        }
        RuntimeSnapshot now = runtime.get();
        FormSupport known = latest.get();
        if (known != null && known.snapshot == now) {
            return known;
        }
        FormSupport made = new FormSupport(now, now.definitions(), gateway, now.catalog(), plugins, clock);
        latest.set(made);
        return made;
    }

    /** The form {@code form} of the app {@code app}, if there is one (of the definitions in force). */
    public Optional<FormModel> model(String app, String form) {
        FormSupport pinned = pinned();
        return FormModel.find(pinned.definitions, pinned, app, form);
    }

    public Definitions definitions() {
        return pinned().definitions;
    }

    public DataGateway gateway() {
        return gateway;
    }

    public Catalog catalog() {
        return pinned().catalog;
    }

    public LiveRecords live() {
        return pinned().live;
    }

    /** Built-in renderers first, then the plugins': a plugin's renderer wins by ranking higher. */
    public RendererRegistry registry() {
        return pinned().registry;
    }
}
