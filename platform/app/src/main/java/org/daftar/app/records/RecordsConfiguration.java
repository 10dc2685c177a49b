package org.daftar.app.records;

import javax.sql.DataSource;
import org.daftar.app.schema.DefinitionsSchema;
import org.daftar.data.record.RecordService;
import org.daftar.model.link.FieldTypes;
import org.daftar.model.Definitions;
import org.daftar.plugin.Plugins;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One record service for every write and read of a record by id, created once the tables match
 * the definitions ({@code definitionsSchema}).
 */
@Configuration(proxyBeanMethods = false)
public class RecordsConfiguration {

    @Bean
    RecordService recordService(DataSource dataSource, Definitions definitions, Plugins plugins, DefinitionsSchema definitionsSchema) {
        return RecordService.builder(dataSource, definitions).fieldTypes(new FieldTypes(plugins.fieldTypes())).build();
    }
}
