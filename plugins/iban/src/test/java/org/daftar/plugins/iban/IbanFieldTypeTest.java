package org.daftar.plugins.iban;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.daftar.model.LocalizedText;
import org.daftar.model.expression.ExprType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanFieldTypeTest {

    private final IbanFieldType iban = new IbanFieldType();

    private List<String> english(Object value) {
        return iban.problems(value).stream().map(text -> text.in("en")).toList();
    }

    private List<String> arabic(Object value) {
        return iban.problems(value).stream().map(text -> text.in("ar")).toList();
    }

    @Test
    void whatPeopleTypeIsStoredWithoutSpacesInCapitals() {
        assertThat(iban.normalise("sa03 8000 0000 6080 1016 7519")).isEqualTo("SA0380000000608010167519");
        assertThat(iban.problems(iban.normalise("sa03 8000 0000 6080 1016 7519"))).isEmpty();
    }

    @Test
    void theTypeIsCalledIbanAndIsTextToExpressions() {
        assertThat(iban.name()).isEqualTo("iban");
        assertThat(iban.valueType()).isEqualTo(ExprType.TEXT);
        assertThat(iban.label()).isEqualTo(LocalizedText.of("IBAN", "رقم الآيبان"));
    }

    @Test
    void theRecordSchemaDescribesTheStoredForm() {
        assertThat(iban.recordSchema(null)).containsExactly(
                Map.entry("type", "string"),
                Map.entry("pattern", "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"),
                Map.entry("maxLength", 34));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SA0380000000608010167519",
        "AE070331234567890123456",
        "EG380019000500000000263180002",
        "QA58DOHB00001234567890ABCDEFG",
        "KW81CBKU0000000000001234560101",
        "BH67BMAG00001299123456",
        "OM810180000001299123456",
        "JO94CBJO0010000000000131000302",
        "LB62099900000001001901229114",
        "IQ98NBIQ850123456789012",
        "PS92PALS000000000400123456702",
        "TN5910006035183598478831",
        "LY83002048000020100120361",
        "SD2129010501234001",
        "YE15CBYE0001018861234567891234",
        "GB29NWBK60161331926819",
        "DE89370400440532013000",
        "FR1420041010050500013M02606",
        "NO9386011117947",
        "MT84MALT011000012345MTLCAST001S",
        "SC18SSCB11010000000000001497USD",
        "LC55HEMM000100010012001200023015"
    })
    void validIbansOfManyCountriesHaveNoProblems(String value) {
        assertThat(iban.problems(value)).isEmpty();
    }

    @Test
    void validIbansMatchTheRecordSchemaPattern() {
        Pattern pattern = Pattern.compile((String) iban.recordSchema(null).get("pattern"));

        assertThat(pattern.matcher("SA0380000000608010167519").matches()).isTrue();
        assertThat(pattern.matcher("LC55HEMM000100010012001200023015").matches()).isTrue();
        assertThat(pattern.matcher("SA03 8000 0000 6080 1016 7519").matches()).isFalse();
    }

    @Test
    void lowerCaseAndSpacesAreCheckedAsTheyWouldBeStored() {
        assertThat(iban.problems("sa03 8000 0000 6080 1016 7519")).isEmpty();
    }

    @Test
    void wrongCheckDigitsAskForATypingMistake() {
        assertThat(english("SA0480000000608010167519"))
                .containsExactly("IBAN check digits are wrong: check for a typing mistake");
        assertThat(arabic("SA0480000000608010167519"))
                .containsExactly("رقما التحقق في رقم الآيبان غير صحيحين: تأكد من عدم وجود خطأ في الكتابة");
    }

    @Test
    void twoSwappedDigitsAreFound() {
        assertThat(english("DE89370400440532031000"))
                .containsExactly("IBAN check digits are wrong: check for a typing mistake");
    }

    @Test
    void aSaudiIbanOneCharacterShortSaysBothLengths() {
        assertThat(english("SA038000000060801016751")).containsExactly("A Saudi IBAN has 24 characters, this one has 23");
        assertThat(arabic("SA038000000060801016751"))
                .containsExactly("يتكون رقم الآيبان في السعودية من 24 خانة، وهذا الرقم من 23");
    }

    @Test
    void aWrongLengthIsTheOnlyProblemReported() {
        assertThat(english("AE07033123456789012345")).containsExactly(
                "An Emirati IBAN has 23 characters, this one has 22");
    }

    @Test
    void theLengthsOfTheRegistryAreKnown() {
        Map<String, Integer> lengths = Map.ofEntries(
                Map.entry("SA", 24), Map.entry("AE", 23), Map.entry("EG", 29), Map.entry("QA", 29),
                Map.entry("KW", 30), Map.entry("BH", 22), Map.entry("OM", 23), Map.entry("JO", 30),
                Map.entry("GB", 22), Map.entry("DE", 22), Map.entry("FR", 27), Map.entry("NO", 15),
                Map.entry("LC", 32), Map.entry("RU", 33));

        lengths.forEach((code, length) ->
                assertThat(IbanRegistry.country(code)).get().extracting(IbanCountry::length).isEqualTo(length));
        assertThat(IbanRegistry.countries()).hasSizeGreaterThanOrEqualTo(80);
    }

    @Test
    void anUnknownCountryIsNamed() {
        assertThat(english("US64SVBKUS6S3300958879")).containsExactly("US is not the code of a country that uses IBANs");
        assertThat(arabic("US64SVBKUS6S3300958879")).containsExactly("US ليس رمز دولة تستخدم أرقام الآيبان");
    }

    @Test
    void anIbanStartsWithACountryCodeAndCheckDigits() {
        assertThat(english("0380000000608010167519")).containsExactly(
                "An IBAN starts with a two-letter country code and two check digits, e.g. SA03");
        assertThat(english("SAXX80000000608010167519")).containsExactly(
                "An IBAN starts with a two-letter country code and two check digits, e.g. SA03");
    }

    @Test
    void aCharacterThatIsNeitherLetterNorDigitIsNamed() {
        assertThat(english("SA03-8000-0000-6080-1016-7519")).containsExactly(
                "An IBAN has only the letters A to Z and digits, not \"-\"");
        assertThat(arabic("SA03-8000")).containsExactly(
                "لا يحتوي رقم الآيبان إلا على الحروف من A إلى Z والأرقام، وليس «-»");
    }

    @Test
    void aLetterWhereTheCountryHasDigitsIsPointedAt() {
        // Saudi IBANs have two digits (the bank) after the check digits.
        assertThat(english("SA03O0000000608010167519")).containsExactly(
                "Character 5 of a Saudi IBAN is a digit, not \"O\"");
        assertThat(arabic("SA03O0000000608010167519")).containsExactly(
                "الخانة 5 في رقم الآيبان في السعودية رقم، وليست «O»");
    }

    @Test
    void aDigitWhereTheCountryHasLettersIsPointedAt() {
        assertThat(english("GB29NW8K60161331926819")).containsExactly(
                "Character 7 of a British IBAN is a letter, not \"8\"");
    }

    @Test
    void anEmptyValueHasNoProblemsOfItsOwn() {
        assertThat(iban.problems(null)).isEmpty();
        assertThat(iban.problems("")).isEmpty();
    }

    @Test
    void aNumberIsNotAnIban() {
        assertThat(english(new BigDecimal("380000000608010167519"))).containsExactly(
                "An IBAN is written as text, e.g. SA03 8000 0000 6080 1016 7519");
    }

    @Test
    void everyCountryOfTheRegistryHasItsMessagesInBothLanguages() {
        assertThat(IbanRegistry.countries()).allSatisfy(country -> {
            assertThat(country.english()).matches("an? [A-Z].*");
            assertThat(country.arabic()).matches("[\\u0600-\\u06FF ]+");
            assertThat(country.code()).matches("[A-Z]{2}");
        });
    }

    @Test
    void everyCountryHasAnExampleThatPasses() {
        assertThat(IbanRegistry.countries()).allSatisfy(country -> {
            String example = exampleOf(country);
            assertThat(iban.problems(example)).as(example).isEmpty();
        });
    }

    /** An IBAN of {@code country}: its layout filled with 1s and Bs, with check digits computed. */
    private static String exampleOf(IbanCountry country) {
        String bban = country.layout().substring(4).replace('n', '1').replace('c', '1').replace('a', 'B');
        int remainder = Iban.mod97(country.code() + "00" + bban);
        return country.code() + String.format("%02d", 98 - remainder) + bban;
    }
}
