package org.daftar.plugins.iban;

import static org.assertj.core.api.Assertions.assertThat;

import org.daftar.plugin.Plugins;
import org.junit.jupiter.api.Test;

class IbanPluginTest {

    @Test
    void thePluginIsFoundOnTheClassPath() {
        Plugins plugins = Plugins.load();

        assertThat(plugins.plugin("iban")).containsInstanceOf(IbanPlugin.class);
    }

    @Test
    void thePluginAddsTheIbanTypeAndItsRenderer() {
        Plugins plugins = Plugins.load();

        assertThat(plugins.fieldType("iban")).containsInstanceOf(IbanFieldType.class);
        assertThat(plugins.renderers()).hasExactlyElementsOfTypes(IbanFieldRenderer.class);
        assertThat(plugins.validators()).isEmpty();
        assertThat(plugins.actions()).isEmpty();
    }
}
