package org.daftar.app.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import org.daftar.app.DaftarSpringTest;
import org.daftar.data.record.sample.SampleDataResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;

class SampleDataAtStartTest extends DaftarSpringTest {

    @Autowired
    SampleDataAtStart sampleData;

    @Autowired
    ConfigurableListableBeanFactory beans;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSampleDataIsLoadedAtTheFirstStartOfAnEmptyDatabaseAfterTheSchemaIsMigrated() {
        assertThat(beans.getBeanDefinition("sampleDataAtStart").getDependsOn()).contains("definitionsSchema");
        assertThat(sampleData.result()).hasValueSatisfying(result ->
                assertThat(result.outcome()).isIn(SampleDataResult.Outcome.LOADED, SampleDataResult.Outcome.ALREADY_DONE));
        assertThat(jdbc.queryForObject("select outcome from public.daftar_sample_data", String.class)).isEqualTo("loaded");
    }
}
