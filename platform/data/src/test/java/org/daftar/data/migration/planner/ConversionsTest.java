package org.daftar.data.migration.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.daftar.data.migration.live.ColumnType;
import org.daftar.data.migration.step.Risk;
import org.daftar.data.migration.words.Words;
import org.junit.jupiter.api.Test;

class ConversionsTest {

    private static final Locale ARABIC = Locale.of("ar");

    private static Conversion between(String from, String to) {
        return Conversions.between(ColumnType.parse(from), ColumnType.parse(to));
    }

    @Test
    void longerTextsAndBiggerDecimalsAreWideningsWithoutChecks() {
        assertThat(between("varchar(20)", "varchar(40)")).isEqualTo(Conversion.widen(null));
        assertThat(between("varchar(20)", "text")).isEqualTo(Conversion.widen(null));
        assertThat(between("numeric(9,2)", "numeric(18,2)")).isEqualTo(Conversion.widen(null));
        assertThat(between("bigint", "numeric")).isEqualTo(Conversion.widen(null));
        assertThat(between("date", "timestamptz").widening()).isTrue();
    }

    @Test
    void integerToASmallDecimalIsAWideningCheckedAgainstTheData() {
        Conversion conversion = between("bigint", "numeric(18,2)");

        assertThat(conversion.widening()).isTrue();
        assertThat(conversion.risk()).isEqualTo(Risk.SAFE);
        assertThat(conversion.checks()).extracting(ValueCheck::condition).containsExactly("abs({column}) >= 1e16");
    }

    @Test
    void narrowingIsRefusedUnlessForcedAndCheckedAgainstTheData() {
        Conversion shorter = between("varchar(40)", "varchar(20)");
        Conversion fewerDecimals = between("numeric(18,3)", "numeric(18,2)");
        Conversion toInteger = between("numeric(18,2)", "bigint");

        assertThat(shorter.risk().level()).isEqualTo(Risk.Level.NEEDS_FORCE);
        assertThat(shorter.checks()).extracting(ValueCheck::condition).containsExactly("length({column}) > 20");
        assertThat(fewerDecimals.checks()).extracting(ValueCheck::condition).containsExactly("{column} <> round({column}, 2)");
        assertThat(toInteger.checks()).extracting(check -> check.problem().withFirst(3L).english())
                .contains("3 rows hold numbers with decimals");
    }

    @Test
    void textToANumberOrADateIsAConversionCheckedValueByValue() {
        Conversion toInteger = between("varchar(10)", "bigint");
        Conversion toDate = between("text", "date");

        assertThat(toInteger.risk().level()).isEqualTo(Risk.Level.NEEDS_FORCE);
        assertThat(toInteger.using()).isEqualTo("{column}::bigint");
        assertThat(toInteger.checks()).extracting(ValueCheck::condition)
                .containsExactly("not daftar_is_valid_input({column}, 'bigint')");
        assertThat(toDate.checks()).extracting(check -> check.problem().withFirst(1L).english())
                .containsExactly("1 row holds text that is not a date (YYYY-MM-DD)");
    }

    @Test
    void oneChoiceBecomesAListAndAListBecomesOneOnlyWhenForced() {
        Conversion toList = between("varchar(63)", "varchar(63)[]");
        Conversion fromList = between("varchar(63)[]", "varchar(63)");

        assertThat(toList.widening()).isTrue();
        assertThat(toList.using()).isEqualTo("case when {column} is null then null else array[{column}]::varchar(63)[] end");
        assertThat(fromList.risk().level()).isEqualTo(Risk.Level.NEEDS_FORCE);
        assertThat(fromList.using()).isEqualTo("{column}[1]");
        assertThat(fromList.checks()).extracting(ValueCheck::condition).containsExactly("cardinality({column}) > 1");
    }

    @Test
    void everyRefusedConversionSaysWhyAndWhatItFindsInArabicAsInEnglish() {
        List<String> types = List.of("varchar(40)", "varchar(20)", "text", "smallint", "integer", "bigint", "numeric", "numeric(18,2)",
                "numeric(9,3)", "date", "timestamptz", "timestamp", "time", "boolean", "jsonb", "uuid", "varchar(63)[]", "varchar(20)[]",
                "bigint[]");
        Set<String> reasons = new TreeSet<>();
        for (String from : types) {
            for (String to : types) {
                Conversion conversion = between(from, to);
                List<Words> said = new ArrayList<>();
                if (conversion.risk().reason() != null) {
                    said.add(conversion.risk().reason());
                    reasons.add(conversion.risk().reason().key());
                }
                conversion.checks().forEach(check -> said.addAll(List.of(check.problem().withFirst(12L), check.remedy())));
                for (Words words : said) {
                    assertThat(words.english()).as("%s to %s", from, to).doesNotContain("{", "!");
                    assertThat(words.in(ARABIC)).as("%s to %s", from, to).doesNotContain("{", "!").containsPattern("\\p{IsArabic}");
                }
            }
        }

        assertThat(reasons).containsExactlyInAnyOrder("reason.dateKeepsNoTime", "reason.shorterText", "reason.wholeNumberKeepsNoDecimals",
                "reason.smallerInteger", "reason.smallerDecimal", "reason.conversion", "reason.singleValue", "reason.listConversion");
    }

    @Test
    void aShorterTextIsRefusedInArabicWithTheRowsItWouldCut() {
        Conversion shorter = between("varchar(40)", "varchar(20)");

        assertThat(shorter.risk().reason().in(ARABIC)).isEqualTo("النص الأقصر لا يتسع للقيم الأطول");
        assertThat(shorter.checks().getFirst().problem().withFirst(12L).in(ARABIC)).isEqualTo("يحتوي 12 صفاً على قيم أطول من 20 حرفاً");
        assertThat(shorter.checks().getFirst().remedy().in(ARABIC)).isEqualTo("اختصر تلك القيم أولاً.");
        assertThat(between("text", "bigint").risk().reason().in(ARABIC))
                .isEqualTo("التحويل من نص (بأي طول) إلى عدد صحيح لا يُبقي إلا القيم التي تكون عدداً صحيحاً");
    }
}
