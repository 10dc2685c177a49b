package org.daftar.ui.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daftar.model.Definitions;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.model.list.ListDef;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Query;
import org.daftar.ui.ListTestContext;
import org.daftar.ui.data.DataGateway;
import org.junit.jupiter.api.Test;

/** Deep scrolling reads pages by keyset, and only a jump far past every known page reads by offset. */
class KeysetPagerTest {

    private final DataGateway gateway = ListTestContext.get().getBean(DataGateway.class);
    private final Definitions definitions = ListTestContext.get().getBean(RuntimeHolder.class).current().definitions();
    private final List<Query> queries = new ArrayList<>();

    private KeysetPager pager(int pageSize) {
        ListDef products = definitions.app("shop").orElseThrow().list("products").orElseThrow();
        ListFields fields = new ListFields(definitions);
        ListQuery list = new ListQuery(products, fields.columns(products, Set.of()), List.of(), List.of(), Filter.NONE);
        return new KeysetPager(query -> {
            queries.add(query);
            return gateway.run(query, Map.of());
        }, list.query(ListState.INITIAL), pageSize, list.columns().size());
    }

    @Test
    void scrollingThroughEveryRowReadsEachPageOnceByKeyset() {
        KeysetPager pager = pager(20);
        List<ListRow> all = new ArrayList<>();
        for (int offset = 0; offset < 260; offset += 50) {
            all.addAll(pager.rows(offset, 50));
        }

        assertThat(all).hasSize(ListTestContext.PRODUCTS);
        assertThat(all.stream().map(ListRow::id).distinct()).hasSize(ListTestContext.PRODUCTS);
        assertThat(pager.offsetReads()).isZero();
        assertThat(queries).allSatisfy(query -> assertThat(query.offset()).isNull());
        assertThat(queries).hasSize((ListTestContext.PRODUCTS + 19) / 20);
        assertThat(queries.subList(1, queries.size())).allSatisfy(query -> assertThat(query.after()).isNotEmpty());
    }

    @Test
    void scrollingBackServesKeptPagesWithoutReadingAgain() {
        KeysetPager pager = pager(20);
        List<ListRow> first = pager.rows(0, 40);
        pager.rows(40, 40);
        int read = queries.size();

        assertThat(pager.rows(0, 40)).isEqualTo(first);
        assertThat(queries).hasSize(read);
    }

    @Test
    void aJumpFarAheadReadsThatPageByOffsetAndGoesOnByKeyset() {
        KeysetPager pager = pager(10);
        List<ListRow> jumped = pager.rows(200, 10);
        List<ListRow> next = pager.rows(210, 10);

        assertThat(pager.offsetReads()).isEqualTo(1);
        assertThat(queries.getLast().after()).isNotEmpty();
        KeysetPager walking = pager(10);
        List<ListRow> walked = new ArrayList<>();
        for (int offset = 0; offset < 220; offset += 10) {
            walked.addAll(walking.rows(offset, 10));
        }
        assertThat(jumped).isEqualTo(walked.subList(200, 210));
        assertThat(next).isEqualTo(walked.subList(210, 220));
    }

    @Test
    void rowsCarryTheirIdAndVersionForOpeningAndDeleting() {
        ListRow row = pager(10).rows(0, 1).getFirst();

        assertThat((Object) row.version()).isEqualTo(ListTestContext.database().queryValue(
                "select version from shop.product where id = " + row.id()));
        assertThat(row.values()).hasSize(4);
        assertThat(row.id()).isPositive();
    }
}
