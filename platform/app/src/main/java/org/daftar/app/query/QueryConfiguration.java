package org.daftar.app.query;

import javax.sql.DataSource;
import org.daftar.app.schema.DefinitionsSchema;
import org.daftar.model.Definitions;
import org.daftar.model.link.FieldTypes;
import org.daftar.plugin.Plugins;
import org.daftar.query.QueryEngine;
import org.daftar.query.schema.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lists, lookups, reports and exports read through one query engine, created once the tables
 * match the definitions ({@code definitionsSchema}) and warmed up before the first user arrives.
 */
@Configuration(proxyBeanMethods = false)
public class QueryConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(QueryConfiguration.class);

    @Bean
    Catalog queryCatalog(Definitions definitions, Plugins plugins) {
        return new Catalog(definitions, new FieldTypes(plugins.fieldTypes()));
    }

    @Bean
    QueryEngine queryEngine(DataSource dataSource, Catalog queryCatalog, DefinitionsSchema definitionsSchema) {
        QueryEngine engine = new QueryEngine(dataSource, queryCatalog);
        long start = System.nanoTime();
        int compiled = engine.warmUp();
        LOG.info("Query engine ready: {} warm-up queries compiled in {} ms", compiled, (System.nanoTime() - start) / 1_000_000);
        return engine;
    }
}
