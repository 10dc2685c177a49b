package org.daftar.data.migration.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnTypeTest {

    @Test
    void theDefinitionsAndTheCatalogSpellingsOfATypeAreEqual() {
        assertThat(ColumnType.parse("character varying(20)")).isEqualTo(ColumnType.parse("varchar(20)"));
        assertThat(ColumnType.parse("numeric(18,2)")).isEqualTo(ColumnType.parse("numeric(18, 2)"));
        assertThat(ColumnType.parse("timestamp with time zone")).isEqualTo(ColumnType.parse("timestamptz"));
        assertThat(ColumnType.parse("time without time zone")).isEqualTo(ColumnType.parse("time"));
        assertThat(ColumnType.parse("character varying(63)[]")).isEqualTo(ColumnType.parse("varchar(63)[]"));
        assertThat(ColumnType.parse("bigint")).isNotEqualTo(ColumnType.parse("integer"));
    }

    @Test
    void aTypeIsSaidForPeople() {
        assertThat(ColumnType.parse("varchar(20)").words()).isEqualTo("text (up to 20 characters)");
        assertThat(ColumnType.parse("numeric(18,2)").words()).isEqualTo("decimal (18 digits, 2 after the point)");
        assertThat(ColumnType.parse("bigint").words()).isEqualTo("integer");
        assertThat(ColumnType.parse("varchar(63)[]").words()).isEqualTo("list of text (up to 63 characters)");
    }

    @Test
    void aTypeIsWrittenBackAsDefinitionsWriteIt() {
        assertThat(ColumnType.parse("character varying(20)").sql()).isEqualTo("varchar(20)");
        assertThat(ColumnType.parse("numeric(9, 2)").sql()).isEqualTo("numeric(9,2)");
        assertThat(ColumnType.parse("timestamp with time zone").sql()).isEqualTo("timestamptz");
    }
}
