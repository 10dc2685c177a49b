package org.daftar.ui.form.render;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A stored value as text in the user's language: numbers with the language's digits and
 * separators, dates and times in its usual style, yes or no, a file by its name. Used where a value
 * is only shown: computed fields, the history, a comparison of two versions.
 */
public final class ValueText {

    private final Locale locale;

    public ValueText(Locale locale) {
        this.locale = locale;
    }

    public String of(Object value) {
        return switch (value) {
            case null -> "";
            case String text -> text;
            case BigDecimal number -> number(number, Math.max(0, number.scale()));
            case Long number -> number(number, 0);
            case Integer number -> number(number, 0);
            case Number number -> number(new BigDecimal(number.toString()), -1);
            case Boolean yes -> FormTexts.get(locale, yes ? "form.value.yes" : "form.value.no");
            case LocalDate date -> date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
            case LocalTime time -> time.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale));
            case LocalDateTime moment -> moment.format(dateTime());
            case OffsetDateTime moment -> moment.atZoneSameInstant(ZoneId.systemDefault()).format(dateTime());
            case Map<?, ?> file when file.containsKey("name") -> String.valueOf(file.get("name"));
            case Map<?, ?> map -> FormTexts.get(locale, "form.value.record", map.get("id"));
            case Collection<?> items -> items.stream().map(this::of).collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }

    private String number(Number number, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        if (decimals >= 0) {
            format.setMinimumFractionDigits(decimals);
            format.setMaximumFractionDigits(decimals);
        } else {
            format.setMaximumFractionDigits(10);
        }
        return format.format(number);
    }

    private DateTimeFormatter dateTime() {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }
}
