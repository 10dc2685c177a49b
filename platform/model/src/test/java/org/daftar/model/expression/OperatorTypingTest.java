package org.daftar.model.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.model.expression.Fixtures.typeError;
import static org.daftar.model.expression.Fixtures.typeOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperatorTypingTest {

    @Test
    void literalsHaveTheirOwnTypes() {
        assertThat(typeOf("12")).isEqualTo(ExprType.INTEGER);
        assertThat(typeOf("-3.5")).isEqualTo(ExprType.DECIMAL);
        assertThat(typeOf("'x'")).isEqualTo(ExprType.TEXT);
        assertThat(typeOf("false")).isEqualTo(ExprType.BOOLEAN);
        assertThat(typeOf("null")).isEqualTo(ExprType.NULL);
    }

    @Test
    void integerArithmeticStaysInteger() {
        assertThat(typeOf("quantity + 1")).isEqualTo(ExprType.INTEGER);
        assertThat(typeOf("quantity * 2 - 1")).isEqualTo(ExprType.INTEGER);
        assertThat(typeOf("quantity % 2")).isEqualTo(ExprType.INTEGER);
        assertThat(typeOf("-quantity")).isEqualTo(ExprType.INTEGER);
    }

    @Test
    void aDecimalOperandMakesTheResultDecimal() {
        assertThat(typeOf("quantity * unit_price")).isEqualTo(ExprType.DECIMAL);
        assertThat(typeOf("unit_price % 2")).isEqualTo(ExprType.DECIMAL);
        assertThat(typeOf("-unit_price")).isEqualTo(ExprType.DECIMAL);
    }

    @Test
    void divisionAlwaysGivesADecimal() {
        assertThat(typeOf("quantity / 2")).isEqualTo(ExprType.DECIMAL);
    }

    @Test
    void nullInArithmeticTakesTheOtherOperandsType() {
        assertThat(typeOf("quantity + null")).isEqualTo(ExprType.INTEGER);
        assertThat(typeOf("null * unit_price")).isEqualTo(ExprType.DECIMAL);
    }

    @Test
    void ampersandJoinsTextsAndNulls() {
        assertThat(typeOf("first_name & ' ' & last_name")).isEqualTo(ExprType.TEXT);
        assertThat(typeOf("note & null")).isEqualTo(ExprType.TEXT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            number + 1        | 7  | Cannot add text and integer: use & to join texts
            first_name + ' '  | 11 | Cannot add text and text: use & to join texts
            issued + 30       | 7  | Cannot add date and integer: use add_days(date, days) or add_months(date, months)
            created - 1       | 8  | Cannot subtract datetime and integer: use add_days(date, days) or add_months(date, months)
            due_date - issued | 9  | Cannot subtract date and date: use days_between(from, to)
            paid * 2          | 5  | Cannot multiply boolean and integer: '*' works on numbers only
            number / 2        | 7  | Cannot divide text and integer: '/' works on numbers only
            opens_at % 2      | 9  | Cannot take the remainder of time and integer: '%' works on numbers only
            quantity & 'x'    | 9  | Cannot join integer and text: & joins texts only
            -number           | 0  | Cannot negate a text: '-' works on numbers only
            """)
    void arithmeticOnOtherTypesSaysWhatToUseInstead(String text, int offset, String message) {
        assertThat(typeError(text)).hasMessage(message).returns(offset, ExpressionException::offset);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            quantity = 2.5
            unit_price >= quantity
            status != 'open'
            status < 'b'
            issued <= due_date
            created > created
            opens_at < opens_at
            paid = true
            customer = customer
            owner = user
            customer.account_manager = user
            warehouse = user.warehouse
            """)
    void valuesOfOneTypeCompare(String text) {
        assertThat(typeOf(text)).isEqualTo(ExprType.BOOLEAN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            issued = '2026-01-31' | 7  | Cannot compare date and text: write dates as date('YYYY-MM-DD')
            customer = supplier   | 9  | Cannot compare reference to customer and reference to supplier: they refer to different entities
            customer = 'Acme'     | 9  | Cannot compare reference to customer and text: compare one of its fields instead, e.g. customer.name = 'Acme'
            quantity = '3'        | 9  | Cannot compare integer and text: compare values of the same type
            issued < created      | 7  | Cannot compare date and datetime: a date has no time of day; compare dates with dates
            owner = customer      | 6  | Cannot compare user and reference to customer: compare one of its fields instead, e.g. customer.name = 'Acme'
            paid < true           | 5  | Cannot use '<' with a boolean: only numbers, texts, dates and times have an order
            owner >= user         | 6  | Cannot use '>=' with a user: only numbers, texts, dates and times have an order
            customer > customer   | 9  | Cannot use '>' with a reference to customer: only numbers, texts, dates and times have an order
            note = null           | 5  | Comparing with null is always false: use 'is empty' or 'is not empty'
            tags = 'urgent'       | 5  | Cannot compare a multiple choice with =: use has(field, 'value') to test for one choice
            lines != lines        | 6  | Cannot compare lines: compare count(lines) or sum(lines.field)
            """)
    void comparingDifferentTypesIsATypeError(String text, int offset, String message) {
        assertThat(typeError(text)).hasMessage(message).returns(offset, ExpressionException::offset);
    }

    @Test
    void inComparesTheOperandWithEveryValue() {
        assertThat(typeOf("status in ('open', 'late')")).isEqualTo(ExprType.BOOLEAN);
        assertThat(typeOf("quantity not in (1, 2.5)")).isEqualTo(ExprType.BOOLEAN);
        assertThat(typeError("status in ('open', 2)"))
                .hasMessage("Cannot compare text and integer: compare values of the same type")
                .returns(19, ExpressionException::offset);
    }

    @Test
    void anythingCanBeTestedForEmptiness() {
        assertThat(typeOf("note is empty")).isEqualTo(ExprType.BOOLEAN);
        assertThat(typeOf("lines is not empty")).isEqualTo(ExprType.BOOLEAN);
        assertThat(typeOf("tags is empty")).isEqualTo(ExprType.BOOLEAN);
        assertThat(typeOf("customer.name is empty")).isEqualTo(ExprType.BOOLEAN);
    }

    @Test
    void logicalOperatorsTakeAndGiveConditions() {
        assertThat(typeOf("paid and quantity > 1")).isEqualTo(ExprType.BOOLEAN);
        assertThat(typeOf("paid or null")).isEqualTo(ExprType.BOOLEAN);
        assertThat(typeOf("not paid")).isEqualTo(ExprType.BOOLEAN);
    }

    @Test
    void logicalOperatorsOnOtherTypesPointAtTheOperand() {
        assertThat(typeError("paid and quantity"))
                .hasMessage("'and' needs a condition (true or false), but 'quantity' is an integer")
                .returns(9, ExpressionException::offset);
        assertThat(typeError("quantity + 1 or paid"))
                .hasMessage("'or' needs a condition (true or false), but 'quantity + 1' is an integer")
                .returns(0, ExpressionException::offset);
        assertThat(typeError("not note"))
                .hasMessage("'not' needs a condition (true or false), but 'note' is a text")
                .returns(4, ExpressionException::offset);
    }

    @Test
    void anErrorDeepInsideAnExpressionPointsAtItsOwnNode() {
        assertThat(typeError("paid and if(paid, number + 1, 0) > 2"))
                .hasMessage("Cannot add text and integer: use & to join texts")
                .returns(25, ExpressionException::offset);
    }
}
