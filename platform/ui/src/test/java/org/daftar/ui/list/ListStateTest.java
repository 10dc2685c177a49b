package org.daftar.ui.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.daftar.query.model.Sort;
import org.junit.jupiter.api.Test;

class ListStateTest {

    @Test
    void aStateIsWrittenAsAReadableQueryInAFixedOrder() {
        ListState state = ListState.INITIAL
                .withColumns(List.of("number", "total"))
                .withFilter("total", new ColumnFilter.Between("10", null))
                .withFilter("status", new ColumnFilter.OneOf(List.of("draft", "confirmed")))
                .withSearch("أحمد & co")
                .withSort(List.of(Sort.desc("order_date"), Sort.asc("number")));

        assertThat(state.toQueryString()).isEqualTo("sort=-order_date,number&q=%D8%A3%D8%AD%D9%85%D8%AF%20%26%20co"
                + "&total=between:10,&status=in:draft,confirmed&cols=number,total");
    }

    @Test
    void readingTheQueryGivesTheSameStateBack() {
        ListState state = ListState.INITIAL.withSearch("a=b&c")
                .withFilter("customer", new ColumnFilter.Contains("Noor, Ahmad: 50%"))
                .withFilter("stock", new ColumnFilter.Empty())
                .withFilter("active", new ColumnFilter.Is(false))
                .withFilter("order_date", new ColumnFilter.Between(null, "2026-02-01"))
                .withSort(List.of(Sort.asc("total")));

        assertThat(ListState.of(state.toQueryString())).isEqualTo(state);
    }

    @Test
    void everyFilterKindHasItsToken() {
        assertThat(Map.of(
                "contains:ahmad", new ColumnFilter.Contains("ahmad"),
                "starts:ORD", new ColumnFilter.StartsWith("ORD"),
                "in:a,b", new ColumnFilter.OneOf(List.of("a", "b")),
                "between:,100", new ColumnFilter.Between(null, "100"),
                "is:true", new ColumnFilter.Is(true),
                "empty", new ColumnFilter.Empty(),
                "notempty", new ColumnFilter.NotEmpty()))
                .allSatisfy((token, filter) -> {
                    assertThat(filter.token()).isEqualTo(token);
                    assertThat(ColumnFilter.parse(token)).contains(filter);
                });
    }

    @Test
    void whatIsNotAFilterIsLeftOut() {
        assertThat(ListState.of("total=between:1;drop,2&status=maybe:x&Bad-Name=empty&sort=&q=").filters()).isEmpty();
        assertThat(ListState.of("").equals(ListState.INITIAL)).isTrue();
    }
}
