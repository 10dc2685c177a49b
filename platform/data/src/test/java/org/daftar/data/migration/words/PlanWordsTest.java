package org.daftar.data.migration.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PlanWordsTest {

    private static final Locale ARABIC = Locale.of("ar");
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");
    private static final Pattern KEY_IN_CODE = Pattern.compile("Words\\.of\\(\\s*(?:[^\";]*?\\?\\s*)?\"([a-zA-Z.]+)\"(?:\\s*:\\s*\"([a-zA-Z.]+)\")?");
    /** Keys whose words have no word of their own: a name, a type's own name, a list, punctuation. */
    private static final Set<String> NO_WORDS = Set.of("type.json", "type.other", "field.type", "field.decimal", "refusal.found",
            "separator.comma", "separator.semicolon");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(PlanWords.keys(ARABIC)).isNotEmpty().containsExactlyInAnyOrderElementsOf(PlanWords.keys(Locale.ENGLISH));
    }

    @Test
    void everyKeyIsSaidInBothLanguagesWhateverTheCountWithNoPlaceholderLeft() {
        for (String key : PlanWords.keys(Locale.ENGLISH)) {
            for (long count : new long[] {0, 1, 2, 3, 11, 120}) {
                Object[] arguments = arguments(key, count);
                String english = Words.of(key, arguments).english();
                String arabic = Words.of(key, arguments).in(ARABIC);
                assertThat(english).as("%s in English", key).doesNotContain("{", "}", "!" + key).isNotBlank();
                assertThat(arabic).as("%s in Arabic", key).doesNotContain("{", "}", "!" + key).isNotBlank();
                if (!NO_WORDS.contains(key)) {
                    assertThat(ARABIC_LETTER.matcher(arabic).find()).as("%s is Arabic: %s", key, arabic).isTrue();
                    assertThat(arabic).as(key).isNotEqualTo(english);
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeSaysIsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/daftar/data/migration"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher key = KEY_IN_CODE.matcher(Files.readString(file));
                while (key.find()) {
                    used.add(key.group(1));
                    if (key.group(2) != null) {
                        used.add(key.group(2));
                    }
                }
            }
        }

        assertThat(used).hasSizeGreaterThan(80);
        assertThat(PlanWords.keys(Locale.ENGLISH)).containsAll(used);
        assertThat(PlanWords.keys(ARABIC)).containsAll(used);
    }

    @Test
    void aMissingKeyShowsAsItselfSoThatItIsSeen() {
        assertThat(Words.of("step.noSuchStep", "x").in(ARABIC)).isEqualTo("!step.noSuchStep!");
    }

    @Test
    void argumentsAreSaidInTheSameLanguageAndListsWithItsCommas() {
        Words step = Words.of("step.addField", "channel", Words.of("field.choice", List.of("phone", "email")), "ticket");

        assertThat(step.english()).isEqualTo("Add field 'channel' (choice: phone, email) to ticket");
        assertThat(step.in(ARABIC)).isEqualTo("إضافة الحقل 'channel' (خيار من: phone، email) إلى ticket");
        assertThat(step.in(Locale.of("fr"))).as("any other language is English").isEqualTo(step.english());
    }

    @Test
    void numbersAreWrittenWithTheSameDigitsInBothLanguages() {
        assertThat(Words.of("type.boundedDecimal", 18, 2).in(ARABIC)).isEqualTo("عدد عشري (18 رقماً، منها رقمان بعد الفاصلة)");
        assertThat(Words.of("type.text", 255).in(ARABIC)).isEqualTo("نص (حتى 255 حرفاً)");
        assertThat(Words.of("type.text", 5).in(ARABIC)).isEqualTo("نص (حتى 5 أحرف)");
    }

    /** As many arguments as the English words take, each the count (names are said as numbers here). */
    private static Object[] arguments(String key, long count) {
        int size = new MessageFormat(pattern(key)).getFormatsByArgumentIndex().length;
        Object[] arguments = new Object[size];
        Arrays.fill(arguments, count);
        return arguments;
    }

    private static String pattern(String key) {
        return ResourceBundle.getBundle(PlanWords.BUNDLE, Locale.ENGLISH).getString(key);
    }
}
