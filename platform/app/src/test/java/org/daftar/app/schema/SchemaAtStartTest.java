package org.daftar.app.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.daftar.app.DaftarSpringTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

class SchemaAtStartTest extends DaftarSpringTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Flyway flyway;

    @Test
    void theServerMakesTheDefinitionsTablesAtStartAndExposesDefinitionsSchema() {
        DefinitionsSchema schema = context.getBean("definitionsSchema", DefinitionsSchema.class);

        assertThat(schema.desired().tables()).hasSize(3);
        assertThat(jdbc.queryForList("select table_schema || '.' || table_name from information_schema.tables "
                + "where table_schema in ('shop', 'notes') order by 1", String.class))
                .containsExactly("notes.note", "shop.product", "shop.supplier");
    }

    @Test
    void thePlanIsRecordedInFlywaysHistoryAndFlywayStillValidates() {
        assertThat(jdbc.queryForList("select description from flyway_schema_history where type = 'CUSTOM'", String.class))
                .isNotEmpty()
                .allSatisfy(description -> assertThat(description).startsWith("definitions: "));
        assertThat(jdbc.queryForList("select version from flyway_schema_history where version is not null", String.class))
                .contains("1", "3");

        flyway.validate();
        assertThat(flyway.migrate().migrationsExecuted).isZero();
    }
}
