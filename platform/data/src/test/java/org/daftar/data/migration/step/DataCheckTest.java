package org.daftar.data.migration.step;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataCheckTest {

    private static DataCheck check(String problem) {
        return new DataCheck(problem, "", "", "", "");
    }

    @Test
    void theProblemSaysHowManyRowsInGoodEnglish() {
        assertThat(check("{rows} {has a value|have values} longer than 20 characters").problem(12))
                .isEqualTo("12 rows have values longer than 20 characters");
        assertThat(check("{rows} {has a value|have values} longer than 20 characters").problem(1))
                .isEqualTo("1 row has a value longer than 20 characters");
        assertThat(check("{n} value{|s} of (email) {is|are} used by more than one record").problem(3))
                .isEqualTo("3 values of (email) are used by more than one record");
    }
}
