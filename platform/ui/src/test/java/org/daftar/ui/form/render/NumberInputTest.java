package org.daftar.ui.form.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumberInputTest {

    private static final Locale ARABIC = Locale.of("ar");
    private static final Locale GERMAN = Locale.GERMAN;

    @Test
    void aWholeNumberIsKeptAsALong() {
        NumberInput input = new NumberInput(true, null, Locale.ENGLISH);

        input.setText("1,200");

        assertThat(input.getValue()).isEqualTo(1200L);
    }

    @Test
    void aDecimalIsKeptAtTheFieldsScaleAndShownWithTheLanguagesSeparators() {
        NumberInput input = new NumberInput(false, 2, GERMAN);

        input.setText("1.234,5");

        assertThat(input.getValue()).isEqualTo(new BigDecimal("1234.50"));
        input.setValue(new BigDecimal("99.5"));
        assertThat(input.getText()).isEqualTo("99,50");
    }

    @Test
    void arabicIndicDigitsAndTheArabicDecimalSeparatorAreRead() {
        NumberInput input = new NumberInput(false, 2, ARABIC);

        input.setText("١٢٫٥");

        assertThat(input.getValue()).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void emptyTextIsNoValueAndLettersAreMarkedInvalid() {
        NumberInput input = new NumberInput(false, 2, Locale.ENGLISH);
        input.setText("");
        assertThat(input.getValue()).isNull();
        assertThat(input.isInvalid()).isFalse();

        input.setText("12abc");

        assertThat(input.getValue()).isNull();
        assertThat(input.isUnreadable()).isTrue();
        assertThat(input.isInvalid()).isTrue();
    }

    @Test
    void aStoredValueOfAnyNumberClassIsShown() {
        NumberInput input = new NumberInput(true, null, Locale.ENGLISH);

        input.setValue(Integer.valueOf(7));

        assertThat(input.getValue()).isEqualTo(7L);
        assertThat(input.getText()).isEqualTo("7");
    }
}
