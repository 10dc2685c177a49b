package org.daftar.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DatabaseModeTest {

    @Test
    void withoutAJdbcUrlDaftarStartsItsOwnPostgres() {
        assertThat(DatabaseMode.of(new MockEnvironment())).isEqualTo(DatabaseMode.EMBEDDED);
        assertThat(DatabaseMode.of(new MockEnvironment().withProperty("spring.datasource.url", " ")))
                .isEqualTo(DatabaseMode.EMBEDDED);
    }

    @Test
    void withAJdbcUrlDaftarUsesThatServer() {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/daftar");

        assertThat(DatabaseMode.of(environment)).isEqualTo(DatabaseMode.EXTERNAL);
    }
}
