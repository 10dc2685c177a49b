package org.daftar.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.daftar.app.DaftarSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedDatabaseTest extends DaftarSpringTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void keepsItsDataInThePostgresFolderOfTheDataFolder() throws Exception {
        assertThat(Files.readString(DATA_DIR.resolve("postgres/PG_VERSION")).trim()).isEqualTo("17");
        assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).isEqualTo("daftar");
    }

    @Test
    void writesAreDurable() {
        assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
    }

    @Test
    void thePlatformTablesComeFromFlyway() {
        // versioned rows are the platform's migrations; rows without a version are the definitions' plans
        assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL "
                + "ORDER BY installed_rank", String.class)).startsWith("1");
        assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL",
                String.class)).contains("8");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM daftar_definition_release WHERE origin = 'files'", Integer.class))
                .isPositive();
    }
}
