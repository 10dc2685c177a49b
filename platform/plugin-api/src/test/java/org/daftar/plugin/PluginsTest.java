package org.daftar.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.daftar.plugin.SamplePlugins.plugin;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.daftar.model.entity.CustomFieldType;
import org.daftar.plugin.SamplePlugins.CountryPlugin;
import org.daftar.plugin.SamplePlugins.NamedAction;
import org.daftar.plugin.SamplePlugins.TextType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsTest {

    @Test
    void loadFindsThePluginsRegisteredInMetaInfServices() {
        Plugins plugins = Plugins.load();

        assertThat(plugins.plugins()).extracting(DaftarPlugin::id).containsExactly("country", "invoicing");
    }

    @Test
    void pluginsAreOrderedByIdWhateverTheClassPathOrder() {
        Plugins plugins = Plugins.of(List.of(plugin("b", List.of(), List.of()),
                plugin("a", List.of(), List.of())));

        assertThat(plugins.plugins()).extracting(DaftarPlugin::id).containsExactly("a", "b");
    }

    @Test
    void everythingThePluginsAddIsCollected() {
        Plugins plugins = Plugins.load();

        assertThat(plugins.fieldTypes()).extracting(CustomFieldType::name).containsExactly("country");
        assertThat(plugins.fieldType("country")).containsInstanceOf(TextType.class);
        assertThat(plugins.fieldType("iban")).isEmpty();
        assertThat(plugins.renderers()).hasSize(1);
        assertThat(plugins.validators()).hasSize(1);
        assertThat(plugins.action("mark-sent")).contains(new NamedAction("mark-sent"));
        assertThat(plugins.plugin("invoicing")).isPresent();
    }

    @Test
    void noPluginsAddNothing() {
        Plugins none = Plugins.none();

        assertThat(none.plugins()).isEmpty();
        assertThat(none.fieldTypes()).isEmpty();
        assertThat(none.renderers()).isEmpty();
        assertThat(none.validators()).isEmpty();
        assertThat(none.actions()).isEmpty();
    }

    @Test
    void twoPluginsWithTheSameIdAreRefusedNamingBoth() {
        DaftarPlugin other = plugin("country", List.of(), List.of());

        assertThatThrownBy(() -> Plugins.of(List.of(new CountryPlugin(), other)))
                .isInstanceOf(PluginException.class)
                .hasMessageStartingWith("Two plugins have the id \"country\": ")
                .hasMessageContaining(CountryPlugin.class.getName())
                .hasMessageContaining(other.getClass().getName())
                .hasMessageEndingWith("Remove one of them from the class path, or give one of them"
                        + " another id.");
    }

    @Test
    void twoPluginsAddingTheSameFieldTypeAreRefusedNamingBoth() {
        DaftarPlugin other = plugin("places", List.of(new TextType("country")), List.of());

        assertThatThrownBy(() -> Plugins.of(List.of(new CountryPlugin(), other)))
                .isInstanceOf(PluginException.class)
                .hasMessageStartingWith("Two plugins add the field type \"country\": plugin \"country\" ("
                        + CountryPlugin.class.getName())
                .hasMessageContaining(" and plugin \"places\" (" + other.getClass().getName())
                .hasMessageEndingWith("Remove one of them, or rename it in one plugin.");
    }

    @Test
    void onePluginAddingAFieldTypeTwiceIsRefused() {
        DaftarPlugin twice = plugin("places", List.of(new TextType("city"), new TextType("city")), List.of());

        assertThatThrownBy(() -> Plugins.of(List.of(twice)))
                .isInstanceOf(PluginException.class)
                .hasMessageStartingWith("The plugin \"places\" (")
                .hasMessageContaining(" adds the field type \"city\" twice.");
    }

    @Test
    void aFieldTypeNamedLikeABuiltInTypeIsRefused() {
        DaftarPlugin dates = plugin("dates", List.of(new TextType("date")), List.of());

        assertThatThrownBy(() -> Plugins.of(List.of(dates)))
                .isInstanceOf(PluginException.class)
                .hasMessageStartingWith("The plugin \"dates\" (")
                .hasMessageEndingWith(" adds the field type \"date\", which is a built-in type: give"
                        + " the plugin's type another name.");
    }

    @Test
    void aFieldTypeNameIsLowerCaseWithDashes() {
        DaftarPlugin upper = plugin("tax", List.of(new TextType("TaxNumber")), List.of());

        assertThatThrownBy(() -> Plugins.of(List.of(upper)))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining(" adds a field type named \"TaxNumber\": a field-type name is"
                        + " lower-case letters and digits, words joined by \"-\", e.g. \"iban\" or"
                        + " \"tax-number\".");
        assertThat(Plugins.of(List.of(plugin("tax", List.of(new TextType("tax-number")), List.of())))
                .fieldType("tax-number")).isPresent();
    }

    @Test
    void twoPluginsAddingTheSameActionAreRefusedNamingBoth() {
        DaftarPlugin other = plugin("mail", List.of(), List.of(new NamedAction("mark-sent")));

        assertThatThrownBy(() -> Plugins.of(List.of(new SamplePlugins.InvoicingPlugin(), other)))
                .isInstanceOf(PluginException.class)
                .hasMessageStartingWith("Two plugins add the action \"mark-sent\": plugin \"invoicing\"")
                .hasMessageContaining(" and plugin \"mail\"");
    }

    @Test
    void aPluginWithoutAnIdIsRefused() {
        DaftarPlugin blank = plugin(" ", List.of(), List.of());

        assertThatThrownBy(() -> Plugins.of(List.of(blank)))
                .isInstanceOf(PluginException.class)
                .hasMessageEndingWith(" has no id: return a short lower-case id from id(), e.g. \"iban\".");
    }

    @Test
    void aPluginReturningNullInsteadOfAListIsRefused() {
        DaftarPlugin careless = plugin("careless", null, List.of());

        assertThatThrownBy(() -> Plugins.of(List.of(careless)))
                .isInstanceOf(PluginException.class)
                .hasMessageEndingWith(" returns null from fieldTypes(): return an empty list when it"
                        + " adds nothing.");
    }

    @Test
    void aServicesFileNamingAMissingClassIsRefusedWithAClearMessage(@TempDir Path jar) throws IOException {
        try (URLClassLoader loader = loaderWithServices(jar, "org.example.MissingPlugin")) {
            assertThatThrownBy(() -> Plugins.load(loader))
                    .isInstanceOf(PluginException.class)
                    .hasMessageStartingWith("A plugin could not be loaded: ")
                    .hasMessageContaining("org.example.MissingPlugin")
                    .hasMessageContaining("Check META-INF/services/org.daftar.plugin.DaftarPlugin in"
                            + " the plugin's jar");
        }
    }

    @Test
    void twoJarsRegisteringPluginsWithTheSameIdAreRefused(@TempDir Path jar) throws IOException {
        try (URLClassLoader loader = loaderWithServices(jar, SameIdAsCountry.class.getName())) {
            assertThatThrownBy(() -> Plugins.load(loader))
                    .isInstanceOf(PluginException.class)
                    .hasMessageStartingWith("Two plugins have the id \"country\"")
                    .hasMessageContaining(CountryPlugin.class.getName())
                    .hasMessageContaining(SameIdAsCountry.class.getName());
        }
    }

    /** A second plugin claiming the id {@code country}. */
    public static final class SameIdAsCountry implements DaftarPlugin {
        @Override
        public String id() {
            return "country";
        }
    }

    /** A class loader that sees this module's test plugins and one more services file. */
    private static URLClassLoader loaderWithServices(Path folder, String pluginClass) throws IOException {
        Path services = folder.resolve("META-INF/services/" + DaftarPlugin.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, pluginClass + "\n");
        return new URLClassLoader(new URL[] {folder.toUri().toURL()}, PluginsTest.class.getClassLoader());
    }
}
