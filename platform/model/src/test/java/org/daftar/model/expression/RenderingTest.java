package org.daftar.model.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.model.expression.Fixtures.parse;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RenderingTest {

    @ParameterizedTest(name = "{0}  is written  {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            quantity*unit_price                  | quantity * unit_price
            ((a + b)) * c                        | (a + b) * c
            a - (b - c)                          | a - (b - c)
            (a - b) - c                          | a - b - c
            a and (b or c)                       | a and (b or c)
            (a and b) or c                       | a and b or c
            a or (b or c)                        | a or (b or c)
            NOT (a AND b)                        | not (a and b)
            not (a = b)                          | not a = b
            (a = b) = c                          | (a = b) = c
            a = (b = c)                          | a = (b = c)
            -(a + b)                             | -(a + b)
            - - a                                | --a
            -(5)                                 | -(5)
            - -5                                 | -(-5)
            3 - -2                               | 3 - -2
            (-a) * b                             | -a * b
            status IN ('open','late')            | status in ('open', 'late')
            status not in ('a')                  | status not in ('a')
            (a & b) is not EMPTY                 | a & b is not empty
            (a is empty) = true                  | (a is empty) = true
            ROUND(Total,2)                       | round(Total, 2)
            if(a, (b or c), d)                   | if(a, b or c, d)
            'it''s'                              | 'it''s'
            3.50                                 | 3.50
            TRUE or Null                         | true or null
            customer . name                      | customer.name
            date('2026-01-31')                   | date('2026-01-31')
            """)
    void toStringGivesCanonicalText(String text, String canonical) {
        assertThat(parse(text)).hasToString(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "round(sum(lines.amount) * (1 + vat_rate / 100), 2)",
        "status = 'cancelled' and (cancel_reason is empty or length(trim(cancel_reason)) < 5)",
        "first_name & ' ' & last_name",
        "not (paid or due_date >= today()) and -quantity % 3 != 0",
        "if(count(lines) = 0, null, max_of(lines.delivered))",
        "has(tags, 'urgent') or customer.name not in ('Acme', 'O''Brien')",
        "owner = user and user.department in ('sales') and warehouse = user.warehouse",
        "days_between(issued, add_months(due_date, -1)) - -2 * abs(-(x))",
        "coalesce(min(a, b), max(c, d)) / 2.0 is not empty",
        "a = (b = c) or (a < b) = (c > d)",
        "الكمية * 2 >= 10",
    })
    void toStringParsesBackToAnEqualExpression(String text) {
        Expression expression = parse(text);
        assertThat(parse(expression.toString())).isEqualTo(expression);
        assertThat(parse(expression.toString())).hasToString(expression.toString());
    }

    @Test
    void expressionsBuiltInCodeRoundTripToo() {
        Expression negatedLiteral = new Negate(new Literal(5L, 0), 0);
        Expression wholeDecimal = new Literal(new BigDecimal("3"), 0);
        Expression nested = new Binary(BinaryOperator.SUBTRACT, new Name("a", 0),
                new Binary(BinaryOperator.ADD, new Name("b", 0), new Literal(-1L, 0), 0), 0);
        Expression in = new InList(new Binary(BinaryOperator.JOIN, new Name("a", 0), new Name("b", 0), 0),
                List.of(new Literal("x", 0)), true, 0);

        assertThat(negatedLiteral).hasToString("-(5)");
        assertThat(wholeDecimal).hasToString("3.0");
        assertThat(nested).hasToString("a - (b + -1)");
        assertThat(in).hasToString("a & b not in ('x')");
        for (Expression expression : List.of(negatedLiteral, wholeDecimal, nested, in)) {
            assertThat(parse(expression.toString())).isEqualTo(expression);
        }
    }
}
