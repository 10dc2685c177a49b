package org.daftar.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import org.daftar.model.Definitions;
import org.daftar.model.DefinitionFixtures;
import org.daftar.model.link.FieldTypes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RecordSchemaCompilerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private final Definitions shop = DefinitionFixtures.loadFolder("fixtures/shop-yaml").definitions();
    private final RecordSchemaCompiler compiler = new RecordSchemaCompiler(shop, new FieldTypes(List.of()),
            RecordSchemaCompiler.ReferenceStyle.IDS);

    private Map<String, Object> schemaOf(String entity) {
        return compiler.compile(shop.entity("shop", entity).orElseThrow());
    }

    private List<String> problemsOf(String entity, Map<String, Object> record) {
        Schema schema = REGISTRY.getSchema(JSON.valueToTree(schemaOf(entity)));
        return schema.validate(JSON.valueToTree(record)).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }

    @Test
    void theSchemaIsDraft2020AndClosed() {
        Map<String, Object> schema = schemaOf("customer");

        assertThat(schema).containsEntry("$schema", "https://json-schema.org/draft/2020-12/schema")
                .containsEntry("type", "object")
                .containsEntry("additionalProperties", false)
                .containsEntry("required", List.of("code", "name"));
    }

    @Test
    void aValidCustomerPasses() {
        assertThat(problemsOf("customer", Map.of("code", "C-0001", "name", "Al Noor", "email", "a@alnoor.com.sa",
                "region", "west"))).isEmpty();
    }

    @Test
    void textLimitsPatternsAndRequiredFieldsAreEnforced() {
        assertThat(problemsOf("customer", Map.of("code", "X-1"))).anySatisfy(m -> assertThat(m).contains("code").contains("pattern"))
                .anySatisfy(m -> assertThat(m).contains("name"));
    }

    @Test
    void emailAndUrlFormatsAreAsserted() {
        assertThat(problemsOf("customer", Map.of("code", "C-0001", "name", "N", "email", "not-an-email")))
                .singleElement().asString().contains("email");
    }

    @Test
    void choicesAcceptOnlyTheirOptionsOrNothing() {
        assertThat(problemsOf("customer", Map.of("code", "C-0001", "name", "N", "region", "east"))).hasSize(1);
        assertThat(problemsOf("customer", new java.util.HashMap<>(Map.of("code", "C-0001", "name", "N")) {{
            put("region", null);
        }})).isEmpty();
    }

    @Test
    void numbersKeepTheirBoundsAndPercentsStayWithin0And100() {
        assertThat(problemsOf("product", Map.of("sku", "P", "name", "N", "price", -1))).singleElement().asString().contains("price");
        assertThat(problemsOf("product", Map.of("sku", "P", "name", "N", "vat", 120))).singleElement().asString().contains("vat");
    }

    @Test
    void multipleChoicesAreListsOfTheirOptions() {
        assertThat(problemsOf("product", Map.of("sku", "P", "name", "N", "tags", List.of("new", "sale")))).isEmpty();
        assertThat(problemsOf("product", Map.of("sku", "P", "name", "N", "tags", List.of("old")))).hasSize(1);
    }

    @Test
    void referencesAreRecordIdsAndLinesNestTheirChildRecords() {
        Map<String, Object> order = Map.of("reference", "R-1", "customer", 7, "order_date", "2026-03-01",
                "lines", List.of(Map.of("product", 3, "quantity", 2, "unit_price", 10)));
        assertThat(problemsOf("sales_order", order)).isEmpty();

        Map<String, Object> badLine = Map.of("reference", "R-1", "customer", 7, "order_date", "2026-03-01",
                "lines", List.of(Map.of("product", "P-1", "quantity", 2)));
        assertThat(problemsOf("sales_order", badLine)).hasSize(2);
    }

    @Test
    void datesTimesAndDateTimesAreChecked() {
        Map<String, Object> order = Map.of("reference", "R-1", "customer", 7, "order_date", "2026-02-30",
                "delivery_at", "2026-03-02T10:00", "delivery_slot", "25:00",
                "lines", List.of(Map.of("product", 3, "quantity", 2, "unit_price", 10)));
        assertThat(problemsOf("sales_order", order)).hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("order_date"))
                .anySatisfy(m -> assertThat(m).contains("delivery_slot"));
    }

    @Test
    void anOrderNeedsAtLeastOneLine() {
        Map<String, Object> order = Map.of("reference", "R-1", "customer", 7, "order_date", "2026-03-01", "lines", List.of());
        assertThat(problemsOf("sales_order", order)).singleElement().asString().contains("lines").contains("at least 1");
    }

    @Test
    void generatedFieldsAreReadOnlyAndAttachmentsAreFileObjects() {
        Map<String, Object> properties = castMap(schemaOf("sales_order").get("properties"));

        assertThat(castMap(properties.get("number"))).containsEntry("readOnly", true);
        assertThat(castMap(properties.get("total"))).containsEntry("readOnly", true);
        assertThat(problemsOf("product", Map.of("sku", "P", "name", "N",
                "photo", Map.of("name", "p.png", "mediaType", "image/png", "size", 1200)))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
