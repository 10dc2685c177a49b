package org.daftar.model.report;

import java.util.Arrays;
import java.util.Optional;

/** The relative periods of the {@code in-period} operator, counted from today. */
public enum Period {
    TODAY("today"),
    YESTERDAY("yesterday"),
    THIS_WEEK("this-week"),
    LAST_WEEK("last-week"),
    THIS_MONTH("this-month"),
    LAST_MONTH("last-month"),
    THIS_QUARTER("this-quarter"),
    THIS_YEAR("this-year"),
    LAST_YEAR("last-year"),
    LAST_7_DAYS("last-7-days"),
    LAST_30_DAYS("last-30-days"),
    LAST_90_DAYS("last-90-days"),
    NEXT_7_DAYS("next-7-days"),
    NEXT_30_DAYS("next-30-days");

    private final String token;

    Period(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public static Optional<Period> of(String token) {
        return Arrays.stream(values()).filter(p -> p.token.equals(token)).findFirst();
    }
}
