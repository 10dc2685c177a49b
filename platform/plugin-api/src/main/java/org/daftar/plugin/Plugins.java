package org.daftar.plugin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.daftar.model.entity.CustomFieldType;
import org.daftar.plugin.action.RecordAction;
import org.daftar.plugin.render.FieldRenderer;
import org.daftar.plugin.validate.RecordValidator;

/**
 * The plugins of one installation, and everything they add, checked for conflicts.
 *
 * <p>Plugins are ordered by id, so that the order of jars on the class path never changes which
 * renderer wins a tie. Loading refuses, with a {@link PluginException} naming both plugins: two
 * plugins with the same id, two field types with the same name (or one named like a built-in
 * type), two actions with the same id.
 *
 * <pre>{@code
 * Plugins plugins = Plugins.load();
 * CustomFieldType iban = plugins.fieldType("iban").orElseThrow();
 * }</pre>
 */
public final class Plugins {

    private static final String SERVICE_FILE = "META-INF/services/" + DaftarPlugin.class.getName();

    private final List<DaftarPlugin> plugins;
    private final Map<String, CustomFieldType> fieldTypes;
    private final Map<String, RecordAction> actions;

    private Plugins(List<DaftarPlugin> plugins) {
        this.plugins = plugins;
        PluginChecks checks = new PluginChecks();
        plugins.forEach(checks::add);
        this.fieldTypes = checks.fieldTypes();
        this.actions = checks.actions();
    }

    /** The plugins registered on the class path of the current thread's context class loader. */
    public static Plugins load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return load(loader != null ? loader : Plugins.class.getClassLoader());
    }

    /** The plugins registered in {@code META-INF/services} files that {@code loader} sees. */
    public static Plugins load(ClassLoader loader) {
        List<DaftarPlugin> found = new ArrayList<>();
        try {
            ServiceLoader.load(DaftarPlugin.class, loader).forEach(found::add);
        } catch (ServiceConfigurationError e) {
            throw new PluginException("A plugin could not be loaded: " + e.getMessage() + ". Check "
                    + SERVICE_FILE + " in the plugin's jar: each line must name a public class that"
                    + " implements " + DaftarPlugin.class.getName()
                    + " and has a public constructor without arguments.", e);
        }
        return of(found);
    }

    /** These plugins, for example the ones an application context holds as beans. */
    public static Plugins of(Collection<? extends DaftarPlugin> plugins) {
        List<DaftarPlugin> sorted = new ArrayList<>(plugins);
        sorted.forEach(PluginChecks::requireId);
        sorted.sort(Comparator.comparing(DaftarPlugin::id));
        return new Plugins(List.copyOf(sorted));
    }

    /** No plugins at all. */
    public static Plugins none() {
        return of(List.of());
    }

    /** The plugins, by id. */
    public List<DaftarPlugin> plugins() {
        return plugins;
    }

    public Optional<DaftarPlugin> plugin(String id) {
        return plugins.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The field types all plugins add. */
    public List<CustomFieldType> fieldTypes() {
        return List.copyOf(fieldTypes.values());
    }

    /** The field type a plugin adds under {@code name}, if any. */
    public Optional<CustomFieldType> fieldType(String name) {
        return Optional.ofNullable(fieldTypes.get(name));
    }

    /**
     * The renderers all plugins add, plugin by plugin in the order of their ids. Asked only here,
     * so that a program without Vaadin can still use the plugins' field types.
     */
    public List<FieldRenderer> renderers() {
        return plugins.stream()
                .flatMap(p -> PluginChecks.listOf(p, p.renderers(), "renderers()").stream())
                .toList();
    }

    /** The validators all plugins add. */
    public List<RecordValidator> validators() {
        return plugins.stream().flatMap(p -> p.validators().stream()).toList();
    }

    /** The actions all plugins add. */
    public List<RecordAction> actions() {
        return List.copyOf(actions.values());
    }

    /** The action a plugin adds under {@code id}, if any. */
    public Optional<RecordAction> action(String id) {
        return Optional.ofNullable(actions.get(id));
    }

    @Override
    public String toString() {
        return "Plugins" + plugins.stream().map(DaftarPlugin::id).toList();
    }
}
