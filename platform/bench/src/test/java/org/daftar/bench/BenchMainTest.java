package org.daftar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daftar.model.load.DefinitionLoader;
import org.junit.jupiter.api.Test;

class BenchMainTest {

    @Test
    void anUnknownBenchmarkIsAUsageError() throws Exception {
        assertThat(BenchMain.run(new String[] {"nonsense"})).isEqualTo(2);
    }

    @Test
    void aMalformedOptionIsAUsageErrorNotACrash() throws Exception {
        assertThat(BenchMain.run(new String[] {"queries", "--rows", "many"})).isEqualTo(2);
    }

    @Test
    void optionsTakeWholeNumbersUpToTenMillionAndMore() {
        assertThat(Measures.option(List.of("--rows", "10000000"), "--rows", 5)).isEqualTo(10_000_000);
        assertThat(Measures.option(List.of(), "--rows", 5)).isEqualTo(5);
    }

    @Test
    void theGeneratedDefinitionsAreValidSoTheBenchmarkMeasuresRealWork() {
        var result = new DefinitionLoader(List.of()).load(GeneratedDefinitions.generate(2, 5, 40));

        assertThat(result.problems()).isEmpty();
        assertThat(result.definitions().entityCount()).isEqualTo(10);
        assertThat(result.definitions().apps().getFirst().entities().getFirst().fields()).hasSize(40);
    }

    @Test
    void figuresPrintAsNameValueUnit() {
        assertThat(new Figure("definitions_load_ms", 812.345, "ms")).hasToString("definitions_load_ms: 812.35 ms");
        assertThat(new Figure("definitions_entities", 500, "")).hasToString("definitions_entities: 500");
    }
}
