package org.daftar.plugin;

import java.util.List;
import org.daftar.model.entity.CustomFieldType;
import org.daftar.plugin.action.RecordAction;
import org.daftar.plugin.render.FieldRenderer;
import org.daftar.plugin.validate.RecordValidator;

/**
 * A plugin: what one jar adds to Daftar. Register the class in
 * {@code META-INF/services/org.daftar.plugin.DaftarPlugin} (one fully qualified class name a
 * line); it needs a public no-argument constructor. Return only what the plugin adds: every list
 * is empty by default.
 *
 * <p>Example, a plugin adding a field type and its renderer:
 *
 * <pre>{@code
 * public final class CountryPlugin implements DaftarPlugin {
 *     public String id() { return "country"; }
 *     public List<CustomFieldType> fieldTypes() { return List.of(new CountryCodeType()); }
 *     public List<FieldRenderer> renderers() {
 *         return List.of(FieldRenderer.of(
 *                 Testers.rankWith(RankedTester.TYPE_SPECIFIC, Testers.isType("country")),
 *                 context -> new CountryComboBox(context.label())));
 *     }
 * }
 * }</pre>
 *
 * <p>and its {@code src/main/resources/META-INF/services/org.daftar.plugin.DaftarPlugin}:
 *
 * <pre>
 * org.example.daftar.country.CountryPlugin
 * </pre>
 */
public interface DaftarPlugin {

    /**
     * The plugin's id, unique among the plugins of one installation, short and lower case:
     * {@code iban}. Messages about the plugin name it.
     */
    String id();

    /** The field types the plugin adds, each with a name no built-in type or other plugin has. */
    default List<CustomFieldType> fieldTypes() {
        return List.of();
    }

    /** The field renderers the plugin adds; they compete by rank with the built-in ones. */
    default List<FieldRenderer> renderers() {
        return List.of();
    }

    /** The validators the plugin adds; each runs on every write to the entities it applies to. */
    default List<RecordValidator> validators() {
        return List.of();
    }

    /** The actions the plugin adds, each with an id no other plugin's action has. */
    default List<RecordAction> actions() {
        return List.of();
    }
}
