package org.daftar.data.migration.planner;

import static org.assertj.core.api.Assertions.assertThat;

import org.daftar.data.migration.live.ColumnType;
import org.daftar.data.migration.step.Risk;
import org.junit.jupiter.api.Test;

class ConversionsTest {

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
        assertThat(toInteger.checks()).extracting(ValueCheck::problem).contains("{rows} {holds a number|hold numbers} with decimals");
    }

    @Test
    void textToANumberOrADateIsAConversionCheckedValueByValue() {
        Conversion toInteger = between("varchar(10)", "bigint");
        Conversion toDate = between("text", "date");

        assertThat(toInteger.risk().level()).isEqualTo(Risk.Level.NEEDS_FORCE);
        assertThat(toInteger.using()).isEqualTo("{column}::bigint");
        assertThat(toInteger.checks()).extracting(ValueCheck::condition)
                .containsExactly("not daftar_is_valid_input({column}, 'bigint')");
        assertThat(toDate.checks()).extracting(ValueCheck::problem)
                .containsExactly("{rows} {holds|hold} text that {is|are} not a date (YYYY-MM-DD)");
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
}
