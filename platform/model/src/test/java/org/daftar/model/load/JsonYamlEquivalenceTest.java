package org.daftar.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.daftar.model.DefinitionFixtures;
import org.junit.jupiter.api.Test;

/** JSON and YAML are equal ways to write definitions: the shop app is kept in both. */
class JsonYamlEquivalenceTest {

    @Test
    void theSameDefinitionsInJsonAndYamlLoadToEqualModels() {
        LoadResult yaml = DefinitionFixtures.loadFolder("fixtures/shop-yaml");
        LoadResult json = DefinitionFixtures.loadFolder("fixtures/shop-json");

        assertThat(yaml.problems()).isEmpty();
        assertThat(json.problems()).isEmpty();
        assertThat(json.definitions()).isEqualTo(yaml.definitions());
    }

    @Test
    void bothFixturesHoldTheSameFiles() {
        var yamlFiles = DefinitionFixtures.sources(DefinitionFixtures.resource("fixtures/shop-yaml")).keySet().stream()
                .map(name -> name.replace(".yaml", "")).toList();
        var jsonFiles = DefinitionFixtures.sources(DefinitionFixtures.resource("fixtures/shop-json")).keySet().stream()
                .map(name -> name.replace(".json", "")).toList();

        assertThat(jsonFiles).containsExactlyElementsOf(yamlFiles);
    }

    @Test
    void aJsonMistakeIsReportedWithLineAndColumnToo() {
        LoadResult result = DefinitionFixtures.LOADER.load(java.util.List.of(new DefinitionSource("x/app.json",
                "{\n  \"kind\": \"app\",\n  \"id\": \"x\",\n  \"label\": \"X\",\n  \"entities\": [],\n  \"icon\": 7\n}\n")));

        assertThat(result.problems()).extracting(Problem::toString)
                .containsExactly("x/app.json:6:11: The value of 'icon' at the top level must be a text, not the number 7.");
    }
}
