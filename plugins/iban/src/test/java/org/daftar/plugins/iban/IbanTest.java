package org.daftar.plugins.iban;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IbanTest {

    @Test
    void normalisingRemovesSpacesAndUpperCases() {
        assertThat(Iban.normalise(" sa03 8000 0000 6080 1016 7519 ")).isEqualTo("SA0380000000608010167519");
    }

    @Test
    void normalisingRemovesTabsAndNoBreakSpaces() {
        assertThat(Iban.normalise("GB29\tNWBK\u00a06016\u202f1331 9268 19")).isEqualTo("GB29NWBK60161331926819");
    }

    @Test
    void normalisingTurnsArabicIndicDigitsIntoAsciiDigits() {
        assertThat(Iban.normalise("SA٠٣ ٨٠٠٠ ٠٠٠٠ ٦٠٨٠ ١٠١٦ ٧٥١٩")).isEqualTo("SA0380000000608010167519");
        assertThat(Iban.normalise("SA۰۳۸۰۰۰")).isEqualTo("SA038000");
    }

    @Test
    void normalisingKeepsOtherCharactersToBeReported() {
        assertThat(Iban.normalise("SA03-8000")).isEqualTo("SA03-8000");
    }

    @Test
    void normalisingNothingGivesEmptyText() {
        assertThat(Iban.normalise(null)).isEmpty();
    }

    @Test
    void formattingPrintsGroupsOfFour() {
        assertThat(Iban.format("SA0380000000608010167519")).isEqualTo("SA03 8000 0000 6080 1016 7519");
        assertThat(Iban.format("AE070331234567890123456")).isEqualTo("AE07 0331 2345 6789 0123 456");
        assertThat(Iban.format("NO9386011117947")).isEqualTo("NO93 8601 1117 947");
    }

    @Test
    void formattingNormalisesFirst() {
        assertThat(Iban.format("de89 3704 00440532013000")).isEqualTo("DE89 3704 0044 0532 0130 00");
    }

    @Test
    void formattingIsTheSameTheSecondTime() {
        String printed = Iban.format("fr1420041010050500013m02606");

        assertThat(Iban.format(printed)).isEqualTo(printed).isEqualTo("FR14 2004 1010 0505 0001 3M02 606");
    }

    @Test
    void formattingNothingGivesEmptyText() {
        assertThat(Iban.format(null)).isEmpty();
        assertThat(Iban.format("")).isEmpty();
    }

    @Test
    void checkDigitsOfRegistryExamplesAreRight() {
        assertThat(Iban.hasValidCheckDigits("GB29NWBK60161331926819")).isTrue();
        assertThat(Iban.hasValidCheckDigits("SA0380000000608010167519")).isTrue();
    }

    @Test
    void swappedDigitsMakeTheCheckDigitsWrong() {
        assertThat(Iban.hasValidCheckDigits("GB29NWBK60161331926891")).isFalse();
    }

    @Test
    void checkDigits99AreWrongEvenWhenTheyAddUpLike02() {
        // 99 and 02 leave the same remainder; only 02 to 98 are ever issued.
        String with02 = "GB02" + findBbanWithCheckDigits02();
        String with99 = "GB99" + with02.substring(4);

        assertThat(Iban.hasValidCheckDigits(with02)).isTrue();
        assertThat(Iban.mod97(with99)).isEqualTo(1);
        assertThat(Iban.hasValidCheckDigits(with99)).isFalse();
    }

    private static String findBbanWithCheckDigits02() {
        for (int n = 0; ; n++) {
            String bban = "NWBK" + String.format("%014d", n);
            if (Iban.mod97("GB02" + bban) == 1) {
                return bban;
            }
        }
    }
}
