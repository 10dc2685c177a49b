package org.daftar.data.record.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageTest {

    private static final Locale AR = Locale.forLanguageTag("ar");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    @Test
    void everyMessageHasTheSamePlaceholdersInArabicAndEnglish() {
        for (Message message : Message.values()) {
            assertThat(placeholders(message.template(AR))).as(message.name())
                    .isEqualTo(placeholders(message.template(Locale.ENGLISH)));
            if (message != Message.FIELD_PROBLEM) { // "{field}: {problem}" reads the same in both
                assertThat(message.template(AR)).as(message.name()).matches(text -> text.chars()
                        .anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC), "is written in Arabic");
            }
        }
    }

    @Test
    void aLabelThatStartsAnEnglishMessageStartsWithACapitalButAUserNameDoesNot() {
        assertThat(Message.REQUIRED.format(Locale.ENGLISH, "field", "unit price")).isEqualTo("Unit price is required.");
        assertThat(Message.CHANGED_BY.format(Locale.ENGLISH, "user", "sara", "fields", "price", "at", "10:00"))
                .isEqualTo("sara changed price at 10:00");
        assertThat(Message.REQUIRED.format(AR, "field", "سعر الوحدة")).isEqualTo("سعر الوحدة مطلوب.");
    }

    @Test
    void anyOtherLanguageReadsEnglish() {
        assertThat(Message.REQUIRED.format(Locale.FRENCH, "field", "Name")).isEqualTo("Name is required.");
    }

    @Test
    void listsAreJoinedAsEachLanguageJoinsThem() {
        assertThat(Labels.joined(java.util.List.of("SKU", "name", "price"), Locale.ENGLISH)).isEqualTo("SKU, name and price");
        assertThat(Labels.joined(java.util.List.of("الرمز", "الاسم", "السعر"), AR)).isEqualTo("الرمز، الاسم والسعر");
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
