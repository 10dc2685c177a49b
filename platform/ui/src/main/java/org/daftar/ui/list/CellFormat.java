package org.daftar.ui.list;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.daftar.ui.i18n.Language;

/**
 * How a list shows a value in the user's language: numbers and dates in the locale's format
 * (Arabic digits for Arabic), choices by their label, yes/no for booleans; references come from the
 * query engine already as display names.
 */
final class CellFormat {

    private final Language language;
    private final NumberFormat numbers;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter dateTimes;
    private final DateTimeFormatter times;
    private final String yes;
    private final String no;

    CellFormat(Language language, String yes, String no) {
        Locale locale = language.locale();
        this.language = language;
        this.numbers = NumberFormat.getNumberInstance(locale);
        this.numbers.setMaximumFractionDigits(6);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTimes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        this.times = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.yes = yes;
        this.no = no;
    }

    String text(ListField field, Object value) {
        if (value == null) {
            return "";
        }
        if (field.kind() == ListField.Kind.CHOICE || !field.options().isEmpty()) {
            return value instanceof List<?> many
                    ? many.stream().map(v -> field.optionLabel(v, language.code())).collect(Collectors.joining(", "))
                    : field.optionLabel(value, language.code());
        }
        return switch (value) {
            case Boolean b -> b ? yes : no;
            case BigDecimal d -> numbers.format(d);
            case Number n -> numbers.format(n);
            case LocalDate d -> dates.format(d);
            case LocalDateTime t -> dateTimes.format(t);
            case OffsetDateTime t -> dateTimes.format(t.toLocalDateTime());
            case LocalTime t -> times.format(t);
            case List<?> many -> many.stream().map(String::valueOf).collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }
}
