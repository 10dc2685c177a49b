package org.daftar.plugin;

import java.net.URL;
import java.security.CodeSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.daftar.model.entity.CustomFieldType;
import org.daftar.model.entity.FieldType;
import org.daftar.plugin.action.RecordAction;

/** Collects what plugins add and refuses conflicts, with messages that name both plugins. */
final class PluginChecks {

    private static final Pattern TYPE_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final Map<String, DaftarPlugin> pluginsById = new LinkedHashMap<>();
    private final Map<String, CustomFieldType> fieldTypes = new LinkedHashMap<>();
    private final Map<String, DaftarPlugin> fieldTypeOwners = new LinkedHashMap<>();
    private final Map<String, RecordAction> actions = new LinkedHashMap<>();
    private final Map<String, DaftarPlugin> actionOwners = new LinkedHashMap<>();

    static void requireId(DaftarPlugin plugin) {
        String id = plugin.id();
        if (id == null || id.isBlank()) {
            throw new PluginException("The plugin " + where(plugin) + " has no id: return a short"
                    + " lower-case id from id(), e.g. \"iban\".");
        }
    }

    void add(DaftarPlugin plugin) {
        DaftarPlugin same = pluginsById.putIfAbsent(plugin.id(), plugin);
        if (same != null) {
            throw new PluginException("Two plugins have the id \"" + plugin.id() + "\": "
                    + where(same) + " and " + where(plugin)
                    + ". Remove one of them from the class path, or give one of them another id.");
        }
        for (CustomFieldType type : listOf(plugin, plugin.fieldTypes(), "fieldTypes()")) {
            addFieldType(plugin, type);
        }
        for (RecordAction action : listOf(plugin, plugin.actions(), "actions()")) {
            addAction(plugin, action);
        }
        listOf(plugin, plugin.validators(), "validators()");
    }

    Map<String, CustomFieldType> fieldTypes() {
        return fieldTypes;
    }

    Map<String, RecordAction> actions() {
        return actions;
    }

    private void addFieldType(DaftarPlugin plugin, CustomFieldType type) {
        String name = type.name();
        if (name == null || !TYPE_NAME.matcher(name).matches()) {
            throw new PluginException("The " + describe(plugin) + " adds a field type named \"" + name
                    + "\": a field-type name is lower-case letters and digits, words joined by"
                    + " \"-\", e.g. \"iban\" or \"tax-number\".");
        }
        if (FieldType.named(name).isPresent()) {
            throw new PluginException("The " + describe(plugin) + " adds the field type \"" + name
                    + "\", which is a built-in type: give the plugin's type another name.");
        }
        DaftarPlugin owner = fieldTypeOwners.putIfAbsent(name, plugin);
        if (owner != null) {
            throw new PluginException(conflict(owner, plugin, "the field type \"" + name + "\""));
        }
        fieldTypes.put(name, type);
    }

    private void addAction(DaftarPlugin plugin, RecordAction action) {
        String id = action.id();
        if (id == null || id.isBlank()) {
            throw new PluginException("The " + describe(plugin) + " adds an action without an id ("
                    + action.getClass().getName() + "): return one from id().");
        }
        DaftarPlugin owner = actionOwners.putIfAbsent(id, plugin);
        if (owner != null) {
            throw new PluginException(conflict(owner, plugin, "the action \"" + id + "\""));
        }
        actions.put(id, action);
    }

    private static String conflict(DaftarPlugin first, DaftarPlugin second, String what) {
        String both = first == second
                ? "The " + describe(first) + " adds " + what + " twice"
                : "Two plugins add " + what + ": " + describe(first) + " and " + describe(second);
        return both + ". Remove one of them, or rename it in one plugin.";
    }

    /** The list a plugin returned, refused when it is null or holds null. */
    static <T> List<T> listOf(DaftarPlugin plugin, List<T> list, String method) {
        if (list == null || list.stream().anyMatch(Objects::isNull)) {
            throw new PluginException("The " + describe(plugin) + " returns "
                    + (list == null ? "null" : "a list holding null") + " from " + method
                    + ": return an empty list when it adds nothing.");
        }
        return list;
    }

    /** {@code plugin "iban" (org.daftar.plugins.iban.IbanPlugin in daftar-plugin-iban.jar)}. */
    static String describe(DaftarPlugin plugin) {
        return "plugin \"" + plugin.id() + "\" (" + where(plugin) + ")";
    }

    /** {@code org.daftar.plugins.iban.IbanPlugin in daftar-plugin-iban.jar}. */
    private static String where(DaftarPlugin plugin) {
        Class<?> type = plugin.getClass();
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source != null ? source.getLocation() : null;
        if (location == null) {
            return type.getName();
        }
        String path = location.getPath();
        String file = path.endsWith(".jar") ? path.substring(path.lastIndexOf('/') + 1) : path;
        return type.getName() + " in " + file;
    }
}
