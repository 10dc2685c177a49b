package org.daftar.security.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as spreadsheets write it: quotes, commas and line breaks inside values, CRLF, a byte-order mark. */
class CsvParserTest {

    @Test
    void quotedValuesKeepCommasQuotesAndLineBreaks() {
        assertThat(CsvParser.rows("code,name\r\nC-1,\"Faris, Sons\"\r\nC-2,\"said \"\"hi\"\"\nthen left\"\r\n"))
                .containsExactly(List.of("code", "name"), List.of("C-1", "Faris, Sons"),
                        List.of("C-2", "said \"hi\"\nthen left"));
    }

    @Test
    void aByteOrderMarkAndBlankLinesAreIgnoredAndEmptyCellsKept() {
        byte[] bytes = "\uFEFFcode,name,phone\n\nC-1,,\nC-2,نور,050".getBytes(StandardCharsets.UTF_8);

        assertThat(CsvParser.rows(new ByteArrayInputStream(bytes))).containsExactly(List.of("code", "name", "phone"),
                List.of("C-1", "", ""), List.of("C-2", "نور", "050"));
    }
}
