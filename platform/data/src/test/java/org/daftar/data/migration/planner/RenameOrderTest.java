package org.daftar.data.migration.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.daftar.data.migration.planner.RenameOrder.Rename;
import org.junit.jupiter.api.Test;

class RenameOrderTest {

    @Test
    void aRenameRunsOnlyOnceTheNameItTakesIsFree() {
        var result = RenameOrder.of(List.of(new Rename<>("a", "b", 1), new Rename<>("b", "c", 2)), Set.of("a", "b"));

        assertThat(result.ordered()).extracting(Rename::item).containsExactly(2, 1);
        assertThat(result.unresolved()).isEmpty();
    }

    @Test
    void aSwapCannotBeOrdered() {
        var result = RenameOrder.of(List.of(new Rename<>("a", "b", 1), new Rename<>("b", "a", 2)), Set.of("a", "b"));

        assertThat(result.ordered()).isEmpty();
        assertThat(result.unresolved()).hasSize(2);
    }

    @Test
    void aNameHeldByAnotherColumnBlocksTheRename() {
        var result = RenameOrder.of(List.of(new Rename<>("a", "b", 1)), Set.of("a", "b"));

        assertThat(result.unresolved()).extracting(Rename::item).containsExactly(1);
    }
}
