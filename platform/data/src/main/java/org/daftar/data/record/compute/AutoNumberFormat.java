package org.daftar.data.record.compute;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An auto-number pattern such as {@code INV-{yyyy}-{00000}}: the text before the counter (with
 * its date placeholders {@code {yyyy}}, {@code {yy}}, {@code {mm}}, {@code {dd}}), the counter's
 * digits, and the text after it. The text before the counter, filled for a date, is the sequence
 * key: the counter restarts when it changes ({@code INV-2026-} then {@code INV-2027-}).
 *
 * <pre>{@code
 * AutoNumberFormat f = AutoNumberFormat.parse("INV-{yyyy}-{00000}");
 * f.prefix(LocalDate.of(2026, 3, 1));                       // "INV-2026-"
 * f.format(LocalDate.of(2026, 3, 1), 42);                   // "INV-2026-00042"
 * }</pre>
 */
public record AutoNumberFormat(String before, int digits, String after) {

    private static final Pattern COUNTER = Pattern.compile("\\{(0+)}");

    /** The parts of a pattern the definitions linker accepted (exactly one counter). */
    public static AutoNumberFormat parse(String pattern) {
        Matcher counter = COUNTER.matcher(pattern);
        if (!counter.find()) {
            throw new IllegalArgumentException("The auto-number pattern '" + pattern + "' has no counter such as {00000}");
        }
        return new AutoNumberFormat(pattern.substring(0, counter.start()), counter.group(1).length(), pattern.substring(counter.end()));
    }

    /** The text before the counter on {@code date}: the sequence key. */
    public String prefix(LocalDate date) {
        return fill(before, date);
    }

    /** The number {@code counter} of the sequence of {@code date}, zero-padded to the counter's digits. */
    public String format(LocalDate date, long counter) {
        String digitsText = Long.toString(counter);
        String padded = digitsText.length() >= digits ? digitsText : "0".repeat(digits - digitsText.length()) + digitsText;
        return prefix(date) + padded + fill(after, date);
    }

    private static String fill(String text, LocalDate date) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        return text.replace("{yyyy}", String.format("%04d", date.getYear()))
                .replace("{yy}", String.format("%02d", date.getYear() % 100))
                .replace("{mm}", String.format("%02d", date.getMonthValue()))
                .replace("{dd}", String.format("%02d", date.getDayOfMonth()));
    }
}
