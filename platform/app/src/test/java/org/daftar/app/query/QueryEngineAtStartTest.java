package org.daftar.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.daftar.app.DaftarSpringTest;
import org.daftar.model.report.Operator;
import org.daftar.query.QueryEngine;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Query;
import org.daftar.query.schema.Catalog;
import org.daftar.query.schema.ReadableSchema;
import org.daftar.ui.runtime.RuntimeHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class QueryEngineAtStartTest extends DaftarSpringTest {

    @Autowired
    RuntimeHolder runtime;

    @Autowired
    DataSource dataSource;

    @Test
    void theServerQueriesTheTablesOfItsDefinitions() {
        new JdbcTemplate(dataSource).update(
                "insert into shop.product (sku, name, created_by) values ('Q-1', 'قهوة مختصة', 'test')");

        QueryEngine engine = runtime.current().queries();
        Catalog catalog = runtime.current().catalog();
        var rows = engine.run(Query.from("shop.product").select("sku", "name")
                        .where(Filter.of("sku", Operator.EQ, "Q-1")).limit(10),
                ReadableSchema.everything(catalog), Map.of()).rows();

        assertThat(rows).containsExactly(List.of("Q-1", "قهوة مختصة"));
    }
}
