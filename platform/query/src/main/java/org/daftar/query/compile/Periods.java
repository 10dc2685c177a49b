package org.daftar.query.compile;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.daftar.model.report.Period;

/** The dates a relative period covers, from (inclusive) to (exclusive), counted from today. Weeks start on Monday. */
public final class Periods {

    private Periods() {}

    public static List<LocalDate> range(Period period, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstOfMonth = today.withDayOfMonth(1);
        LocalDate firstOfQuarter = today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate firstOfYear = today.withDayOfYear(1);
        return switch (period) {
            case TODAY -> List.of(today, today.plusDays(1));
            case YESTERDAY -> List.of(today.minusDays(1), today);
            case THIS_WEEK -> List.of(monday, monday.plusWeeks(1));
            case LAST_WEEK -> List.of(monday.minusWeeks(1), monday);
            case THIS_MONTH -> List.of(firstOfMonth, firstOfMonth.plusMonths(1));
            case LAST_MONTH -> List.of(firstOfMonth.minusMonths(1), firstOfMonth);
            case THIS_QUARTER -> List.of(firstOfQuarter, firstOfQuarter.plusMonths(3));
            case THIS_YEAR -> List.of(firstOfYear, firstOfYear.plusYears(1));
            case LAST_YEAR -> List.of(firstOfYear.minusYears(1), firstOfYear);
            case LAST_7_DAYS -> List.of(today.minusDays(6), today.plusDays(1));
            case LAST_30_DAYS -> List.of(today.minusDays(29), today.plusDays(1));
            case LAST_90_DAYS -> List.of(today.minusDays(89), today.plusDays(1));
            case NEXT_7_DAYS -> List.of(today, today.plusDays(7));
            case NEXT_30_DAYS -> List.of(today, today.plusDays(30));
        };
    }
}
