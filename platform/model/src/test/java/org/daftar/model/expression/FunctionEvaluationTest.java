package org.daftar.model.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.model.expression.Fixtures.eval;
import static org.daftar.model.expression.Fixtures.evalError;
import static org.daftar.model.expression.Fixtures.invoiceWith;
import static org.daftar.model.expression.Fixtures.line;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionEvaluationTest {

    @Test
    void todayAndNowReadTheClock() {
        assertThat(eval("today()")).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(eval("now()")).isEqualTo(LocalDateTime.of(2026, 3, 15, 10, 30));
    }

    @Test
    void yearMonthAndDayArePartsOfADateOrDatetime() {
        assertThat(eval("year(issued)")).isEqualTo(2026L);
        assertThat(eval("month(issued)")).isEqualTo(1L);
        assertThat(eval("day(issued)")).isEqualTo(31L);
        assertThat(eval("month(now())")).isEqualTo(3L);
        assertThat(eval("year(note)")).isNull();
    }

    @Test
    void daysBetweenCountsFromTheFirstDateToTheSecond() {
        assertThat(eval("days_between(issued, due_date)")).isEqualTo(30L);
        assertThat(eval("days_between(due_date, issued)")).isEqualTo(-30L);
        assertThat(eval("days_between(issued, now())")).isEqualTo(43L);
        assertThat(eval("days_between(issued, null)")).isNull();
    }

    @Test
    void addDaysAndAddMonthsMoveADate() {
        assertThat(eval("add_days(issued, 30)")).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(eval("add_days(issued, -31)")).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(eval("add_months(issued, 1)")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(eval("add_days(now(), 1)")).isEqualTo(LocalDateTime.of(2026, 3, 16, 10, 30));
        assertThat(eval("add_days(note, 1)")).isNull();
    }

    @Test
    void roundRoundsHalfUpToTheGivenDecimals() {
        assertThat(eval("round(2.345, 2)")).isEqualTo(new BigDecimal("2.35"));
        assertThat(eval("round(2.5, 0)")).isEqualTo(new BigDecimal("3"));
        assertThat(eval("round(-2.5, 0)")).isEqualTo(new BigDecimal("-3"));
        assertThat(eval("round(unit_price, 1)")).isEqualTo(new BigDecimal("2.5"));
        assertThat(eval("round(1234.5, -2)")).isEqualTo(new BigDecimal("1200"));
    }

    @Test
    void roundKeepsIntegersIntegers() {
        assertThat(eval("round(7, 2)")).isEqualTo(7L);
        assertThat(eval("round(1250, -2)")).isEqualTo(1300L);
        assertThat(eval("round(null, 2)")).isNull();
    }

    @Test
    void absDropsTheSign() {
        assertThat(eval("abs(-3)")).isEqualTo(3L);
        assertThat(eval("abs(-2.5)")).isEqualTo(new BigDecimal("2.5"));
        assertThat(eval("abs(quantity)")).isEqualTo(3L);
    }

    @Test
    void minAndMaxPickOneOfTwoAndIgnoreAMissingOne() {
        assertThat(eval("min(3, 5)")).isEqualTo(3L);
        assertThat(eval("max(quantity, unit_price)")).isEqualTo(new BigDecimal("3"));
        assertThat(eval("min(issued, due_date)")).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(eval("max('apple', 'pear')")).isEqualTo("pear");
        assertThat(eval("max(null, 4)")).isEqualTo(4L);
        assertThat(eval("min(null, null)")).isNull();
    }

    @Test
    void textFunctionsChangeOrMeasureText() {
        assertThat(eval("upper(first_name)")).isEqualTo("SARA");
        assertThat(eval("lower(number)")).isEqualTo("inv-0001");
        assertThat(eval("trim('  a b  ')")).isEqualTo("a b");
        assertThat(eval("upper(note)")).isNull();
        assertThat(eval("length(last_name)")).isEqualTo(6L);
        assertThat(eval("length('سلام')")).isEqualTo(4L);
        assertThat(eval("length(note)")).isEqualTo(0L);
    }

    @Test
    void containsAndStartsWithAreCaseSensitiveAndFalseForNothing() {
        assertThat(eval("contains(number, '000')")).isEqualTo(true);
        assertThat(eval("contains(number, 'inv')")).isEqualTo(false);
        assertThat(eval("starts_with(number, 'INV')")).isEqualTo(true);
        assertThat(eval("starts_with(number, '0')")).isEqualTo(false);
        assertThat(eval("contains(note, 'x')")).isEqualTo(false);
        assertThat(eval("starts_with(number, null)")).isEqualTo(false);
    }

    @Test
    void hasTestsForOneChoiceOfAMultipleChoice() {
        assertThat(eval("has(tags, 'urgent')")).isEqualTo(true);
        assertThat(eval("has(tags, 'domestic')")).isEqualTo(false);
        assertThat(eval("has(tags, 'urgent')", invoiceWith("tags", null))).isEqualTo(false);
    }

    @Test
    void sumAddsAFieldOfEveryLine() {
        assertThat(eval("sum(lines.amount)")).isEqualTo(new BigDecimal("24.50"));
        assertThat(eval("sum(lines.quantity)")).isEqualTo(6L);
        assertThat(eval("sum(lines.product.price)")).isEqualTo(new BigDecimal("9.75"));
    }

    @Test
    void sumOverNoLinesIsZero() {
        assertThat(eval("sum(lines.amount)", invoiceWith("lines", List.of()))).isEqualTo(0L);
        assertThat(eval("sum(lines.amount)", invoiceWith("lines", null))).isEqualTo(0L);
    }

    @Test
    void aggregatesSkipMissingValues() {
        Map<String, Object> invoice = invoiceWith("lines", List.of(
                line(Fixtures.PEN, 1L, null, null), line(Fixtures.INK, null, "3.00", "Ink")));
        assertThat(eval("sum(lines.amount)", invoice)).isEqualTo(new BigDecimal("3.00"));
        assertThat(eval("sum(lines.quantity)", invoice)).isEqualTo(1L);
        assertThat(eval("min_of(lines.description)", invoice)).isEqualTo("Ink");
        assertThat(eval("count(lines)", invoice)).isEqualTo(2L);
    }

    @Test
    void countIsTheNumberOfLines() {
        assertThat(eval("count(lines)")).isEqualTo(2L);
        assertThat(eval("count(lines)", invoiceWith("lines", List.of()))).isEqualTo(0L);
        assertThat(eval("count(lines)", invoiceWith("lines", null))).isEqualTo(0L);
    }

    @Test
    void minOfAndMaxOfPickAmongTheLines() {
        assertThat(eval("min_of(lines.amount)")).isEqualTo(new BigDecimal("10.00"));
        assertThat(eval("max_of(lines.amount)")).isEqualTo(new BigDecimal("14.50"));
        assertThat(eval("max_of(lines.description)")).isEqualTo("Blue pens");
        assertThat(eval("min_of(lines.product.price)")).isEqualTo(new BigDecimal("2.50"));
        assertThat(eval("max_of(lines.amount)", invoiceWith("lines", List.of()))).isNull();
    }

    @Test
    void ifChoosesByItsConditionAndTreatsNullAsFalse() {
        assertThat(eval("if(paid, 'paid', 'due')")).isEqualTo("due");
        assertThat(eval("if(quantity > 2, 'many', 'few')")).isEqualTo("many");
        assertThat(eval("if(null, 1, 2)")).isEqualTo(2L);
    }

    @Test
    void coalesceGivesTheFallbackForAMissingValue() {
        assertThat(eval("coalesce(note, '-')")).isEqualTo("-");
        assertThat(eval("coalesce(status, '-')")).isEqualTo("open");
        assertThat(eval("coalesce(note, null)")).isNull();
    }

    @Test
    void dateReadsAnIsoDate() {
        assertThat(eval("date('2026-01-31')")).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(eval("date(note)")).isNull();
        assertThat(evalError("date(status)"))
                .hasMessage("Invalid date 'open': write dates as date('YYYY-MM-DD'), e.g. date('2026-01-31')")
                .returns(5, ExpressionException::offset);
    }

    @Test
    void readmeExamplesGiveTheExpectedValues() {
        assertThat(eval("round(sum(lines.amount) * (1 + vat_rate / 100), 2)")).isEqualTo(new BigDecimal("28.18"));
        assertThat(eval("add_days(today(), 30)")).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(eval("status = 'cancelled'")).isEqualTo(false);
    }
}
