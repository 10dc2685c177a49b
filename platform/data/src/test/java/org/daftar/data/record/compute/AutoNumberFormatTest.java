package org.daftar.data.record.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AutoNumberFormatTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

    @Test
    void theTextBeforeTheCounterFilledForADateIsTheSequenceKey() {
        AutoNumberFormat invoices = AutoNumberFormat.parse("INV-{yyyy}-{00000}");

        assertThat(invoices.prefix(MARCH_1)).isEqualTo("INV-2026-");
        assertThat(invoices.format(MARCH_1, 42)).isEqualTo("INV-2026-00042");
        assertThat(invoices.prefix(MARCH_1.plusYears(1))).isEqualTo("INV-2027-");
    }

    @Test
    void datePartsMayFollowTheCounterAndACounterMayOutgrowItsDigits() {
        AutoNumberFormat tickets = AutoNumberFormat.parse("T{00}/{mm}{yy}");

        assertThat(tickets.prefix(MARCH_1)).isEqualTo("T");
        assertThat(tickets.format(MARCH_1, 7)).isEqualTo("T07/0326");
        assertThat(tickets.format(MARCH_1, 123)).isEqualTo("T123/0326");
    }

    @Test
    void aMonthlySequenceRestartsEachMonth() {
        AutoNumberFormat moves = AutoNumberFormat.parse("SM-{yyyy}{mm}-{000}");

        assertThat(moves.prefix(MARCH_1)).isEqualTo("SM-202603-");
        assertThat(moves.prefix(MARCH_1.plusMonths(1))).isEqualTo("SM-202604-");
    }
}
