package org.daftar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.daftar.model.entity.FieldDef;
import org.junit.jupiter.api.Test;

class SavesBenchmarkTest {

    @Test
    void theSavesBenchmarkIsListed() {
        assertThat(BenchMain.usage()).contains("saves");
    }

    @Test
    void theBenchmarksCustomersAreValidDefinitionsAndItsRowsGiveEveryFieldButTheComputedOne() {
        var customer = BenchCustomers.definitions().entity("bench", "customer").orElseThrow();
        Map<String, Object> row = BenchCustomers.values("T", 7);

        assertThat(customer.fields().stream().map(FieldDef::name).filter(name -> !name.equals("available")))
                .containsExactlyElementsOf(row.keySet());
        assertThat(BenchCustomers.COLUMNS).containsAll(row.keySet()).contains("available");
        assertThat(BenchCustomers.values("T", 8).get("code")).isNotEqualTo(row.get("code"));
    }
}
