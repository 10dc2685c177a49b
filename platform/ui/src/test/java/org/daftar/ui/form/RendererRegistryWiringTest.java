package org.daftar.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.plugin.Plugins;
import org.daftar.plugin.render.FieldContext;
import org.daftar.plugin.render.FieldRenderer;
import org.daftar.plugin.render.RankedTester;
import org.daftar.plugins.iban.IbanFieldRenderer;
import org.daftar.plugins.iban.IbanPlugin;
import org.daftar.ui.form.render.UnknownFieldRenderer;
import org.junit.jupiter.api.Test;

/** The registry of forms: one built-in renderer per type, plugins after them, the unknown field last. */
class RendererRegistryWiringTest {

    private final FormTestContext context = FormTestContext.get();
    private final EntityDef specimen = context.definitions.entity("desk", "specimen").orElseThrow();

    @Test
    void eachBuiltInRendererRanksTypeSpecificForItsOwnTypeAndNotAtAllForOthers() {
        List<FieldRenderer> builtIn = support(Plugins.none()).registry().renderers();

        assertThat(builtIn).hasSize(FieldType.values().length);
        for (FieldType type : FieldType.values()) {
            FieldContext field = context(type.typeName());
            assertThat(builtIn).as(type.typeName())
                    .filteredOn(renderer -> renderer.rank(field) == RankedTester.TYPE_SPECIFIC).hasSize(1);
            assertThat(builtIn).filteredOn(renderer -> renderer.rank(field) != RankedTester.NOT_APPLICABLE).hasSize(1);
        }
    }

    @Test
    void pluginRenderersComeAfterTheBuiltInOnesAndTheUnknownFieldRendererIsTheFallback() {
        FormSupport withIban = support(Plugins.of(List.of(new IbanPlugin())));
        FormSupport without = support(Plugins.none());

        assertThat(withIban.registry().renderers().getLast()).isInstanceOf(IbanFieldRenderer.class);
        assertThat(withIban.registry().rendererFor(context("iban"))).isInstanceOf(IbanFieldRenderer.class);
        assertThat(without.registry().rendererFor(context("iban"))).isInstanceOf(UnknownFieldRenderer.class);
    }

    private FormSupport support(Plugins plugins) {
        return new FormSupport(context.definitions, context.gateway, context.catalog, plugins);
    }

    private FieldContext context(String type) {
        FieldDef any = specimen.fields().stream().filter(f -> f.type().equals(type)).findFirst()
                .orElseGet(() -> new FieldDef(type, type, type, null, null, false, false, false, null,
                        org.daftar.model.entity.FieldSettings.NONE, null));
        return new FieldContext(any, specimen, Locale.ENGLISH, false);
    }
}
