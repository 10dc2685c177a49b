package org.daftar.data.migration.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.daftar.data.migration.words.Words;
import org.junit.jupiter.api.Test;

class DataCheckTest {

    private static final Locale ARABIC = Locale.of("ar");

    private static DataCheck check(Words problem) {
        return new DataCheck(problem, Words.of("remedy.shorten"), "", "", "");
    }

    @Test
    void theProblemSaysHowManyRowsInGoodEnglish() {
        assertThat(check(Words.of("problem.tooLong", 20)).problem(12).english())
                .isEqualTo("12 rows have values longer than 20 characters");
        assertThat(check(Words.of("problem.tooLong", 20)).problem(1).english())
                .isEqualTo("1 row has a value longer than 20 characters");
        assertThat(check(Words.of("problem.duplicates", List.of("email"))).problem(3).english())
                .isEqualTo("3 values of (email) are used by more than one record");
    }

    @Test
    void theProblemSaysHowManyRowsInGoodArabicWithTheFormTheNumberTakes() {
        assertThat(check(Words.of("problem.tooLong", 20)).problem(1).in(ARABIC))
                .isEqualTo("يحتوي صف واحد على قيمة أطول من 20 حرفاً");
        assertThat(check(Words.of("problem.tooLong", 20)).problem(2).in(ARABIC))
                .isEqualTo("يحتوي صفان على قيم أطول من 20 حرفاً");
        assertThat(check(Words.of("problem.tooLong", 5)).problem(7).in(ARABIC))
                .isEqualTo("يحتوي 7 صفوف على قيم أطول من 5 أحرف");
        assertThat(check(Words.of("problem.tooLong", 20)).problem(12).in(ARABIC))
                .isEqualTo("يحتوي 12 صفاً على قيم أطول من 20 حرفاً");
        assertThat(check(Words.of("problem.duplicates", List.of("email", "region"))).problem(3).in(ARABIC))
                .isEqualTo("تتكرر 3 قيم من (email، region) في أكثر من سجل");
    }
}
