package org.daftar.app.sampledata;

import org.daftar.app.schema.DefinitionsSchema;
import org.daftar.data.record.sample.SampleDataLoader;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.ui.runtime.RuntimeSnapshot;
import org.daftar.model.link.FieldTypes;
import org.daftar.plugin.Plugins;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * Loads the sample data once the tables match the definitions: the bean {@code sampleDataAtStart}
 * depends on {@code definitionsSchema}, which exists only after the start-up plan was applied
 * (and so after Flyway made the platform's tables). Turn it off with
 * {@code daftar.sample-data.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "daftar.sample-data.enabled", matchIfMissing = true)
public class SampleDataConfiguration {

    @Bean
    @DependsOn(DefinitionsSchema.BEAN)
    SampleDataAtStart sampleDataAtStart(DefinitionsSchema schema, RuntimeHolder runtime, Plugins plugins) {
        FieldTypes fieldTypes = new FieldTypes(plugins.fieldTypes());
        RuntimeSnapshot snapshot = runtime.current();
        SampleDataAtStart start = new SampleDataAtStart(new SampleDataLoader(snapshot.records(), snapshot.definitions(), fieldTypes));
        start.run();
        return start;
    }
}
