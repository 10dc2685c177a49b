package org.daftar.plugins.iban;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;
import org.daftar.model.schema.RecordSchemaCompiler;
import org.daftar.model.schema.RecordSchemaCompiler.ReferenceStyle;
import org.daftar.plugin.Plugins;
import org.junit.jupiter.api.Test;

/** The plugin as an admin meets it: {@code type: iban} in a definition. */
class IbanInDefinitionsTest {

    private static final List<DefinitionSource> PURCHASING = List.of(
            new DefinitionSource("purchasing/app.yaml", """
                    kind: app
                    id: purchasing
                    label: {en: Purchasing, ar: المشتريات}
                    entities: [supplier]
                    """),
            new DefinitionSource("purchasing/entities/supplier.yaml", """
                    kind: entity
                    id: supplier
                    label: {en: Supplier, ar: مورد}
                    fields:
                      - {id: name, type: text, required: true, label: {en: Name, ar: الاسم}}
                      - {id: iban, type: iban, label: {en: IBAN, ar: رقم الآيبان}}
                    """));

    private static LoadResult load(Plugins plugins) {
        return new DefinitionLoader(plugins.fieldTypes()).load(PURCHASING);
    }

    @Test
    void anEntityCanHaveAnIbanFieldWhenThePluginIsInstalled() {
        LoadResult result = load(Plugins.load());

        assertThat(result.problems()).isEmpty();
        assertThat(result.definitions().entity("purchasing", "supplier")).get()
                .extracting(entity -> entity.field("iban").orElseThrow().type())
                .isEqualTo("iban");
    }

    @Test
    void withoutThePluginIbanIsAnUnknownType() {
        assertThat(load(Plugins.none()).ok()).isFalse();
    }

    @Test
    void theRecordSchemaOfTheEntityChecksTheIbanField() {
        LoadResult result = load(Plugins.load());
        EntityDef supplier = result.definitions().entity("purchasing", "supplier").orElseThrow();

        Map<String, Object> schema = new RecordSchemaCompiler(result.definitions(),
                new DefinitionLoader(Plugins.load().fieldTypes()).fieldTypes(), ReferenceStyle.IDS)
                .compile(supplier);

        assertThat(schema.get("properties").toString()).contains("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$");
    }
}
