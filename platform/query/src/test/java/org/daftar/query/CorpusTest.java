package org.daftar.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 4: every query of the corpus gives the rows of its hand-written SQL, in one statement. */
class CorpusTest {

    static final ShopData SHOP = ShopData.get();
    static final CountingDataSource COUNTING = new CountingDataSource(SHOP.db.dataSource());
    static final QueryEngine ENGINE = new QueryEngine(COUNTING.dataSource, SHOP.catalog, ShopData.CLOCK);

    static List<Case> cases() {
        return Corpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesTheRowsOfHandWrittenSql(Case c) {
        List<List<Object>> daftarRows = ENGINE.run(c.query(), SHOP.everything, c.params()).rows();
        List<List<Object>> handWrittenRows = SHOP.rows(c.handSql(), c.handValues().toArray());

        assertThat(daftarRows).isEqualTo(handWrittenRows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reachesPostgresqlAsOneStatement(Case c) {
        COUNTING.statements.clear();

        ENGINE.run(c.query(), SHOP.everything, c.params());

        assertThat(COUNTING.statements).hasSize(1);
        assertThat(COUNTING.statements.getFirst()).doesNotContain(";");
    }

    @Test
    void theCorpusHasAtLeastFortyQueriesThatReturnRows() {
        assertThat(Corpus.cases()).hasSizeGreaterThanOrEqualTo(40);
        // one case finds nothing on purpose: a wildcard character in starts-with is taken literally
        long withRows = Corpus.cases().stream()
                .filter(c -> !ENGINE.run(c.query(), SHOP.everything, c.params()).rows().isEmpty())
                .count();
        assertThat(withRows).isGreaterThanOrEqualTo(Corpus.cases().size() - 1);
    }
}
