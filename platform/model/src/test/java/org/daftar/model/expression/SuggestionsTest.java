package org.daftar.model.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> FIELDS = List.of("quantity", "unit_price", "status", "id");

    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(Suggestions.distance("sum", "sum")).isZero();
        assertThat(Suggestions.distance("sumx", "sum")).isEqualTo(1);
        assertThat(Suggestions.distance("qantity", "quantity")).isEqualTo(1);
        assertThat(Suggestions.distance("stauts", "status")).isEqualTo(2);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void theClosestNameWithinTwoEditsIsSuggested() {
        assertThat(Suggestions.closest("stauts", FIELDS)).contains("status");
        assertThat(Suggestions.closest("unitprice", FIELDS)).contains("unit_price");
        assertThat(Suggestions.closest("price", FIELDS)).isEmpty();
    }

    @Test
    void caseDifferencesAreSuggested() {
        assertThat(Suggestions.closest("Status", FIELDS)).contains("status");
    }

    @Test
    void veryShortNamesGetNoFarFetchedSuggestions() {
        assertThat(Suggestions.closest("x", FIELDS)).isEmpty();
        assertThat(Suggestions.closest("ix", FIELDS)).contains("id");
    }

    @Test
    void withoutACloseNameTheCandidatesAreListed() {
        assertThat(Suggestions.forName("zzz", FIELDS, "Fields"))
                .isEqualTo(" Fields: id, quantity, status, unit_price.");
        assertThat(Suggestions.forName("zzz", List.of(), "Fields")).isEmpty();
    }
}
