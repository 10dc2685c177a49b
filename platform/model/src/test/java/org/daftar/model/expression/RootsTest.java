package org.daftar.model.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.model.expression.Fixtures.parse;

import org.junit.jupiter.api.Test;

class RootsTest {

    @Test
    void rootsAreTheFieldsAnExpressionReadsInOrder() {
        assertThat(parse("quantity * unit_price - discount").roots())
                .containsExactly("quantity", "unit_price", "discount");
    }

    @Test
    void aPathDependsOnlyOnItsFirstName() {
        assertThat(parse("customer.name & ' ' & customer.city").roots()).containsExactly("customer");
        assertThat(parse("sum(lines.product.price)").roots()).containsExactly("lines");
    }

    @Test
    void theUserIsARootLikeAnyField() {
        assertThat(parse("owner = user or user.department = 'sales'").roots()).containsExactly("owner", "user");
    }

    @Test
    void literalsAndClockFunctionsReadNothing() {
        assertThat(parse("date('2026-01-31') < today() and 1 + 2 = 3").roots()).isEmpty();
    }

    @Test
    void everyConstructContributesItsOperands() {
        assertThat(parse("if(not a, -b, c) in (d, e) or f is empty or coalesce(g, h) > 0").roots())
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
    }

    @Test
    void rootsCannotBeChanged() {
        assertThat(parse("a + b").roots()).isUnmodifiable();
    }
}
