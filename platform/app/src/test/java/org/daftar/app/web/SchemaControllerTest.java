package org.daftar.app.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.daftar.app.DaftarSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

class SchemaControllerTest extends DaftarSpringTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void servesTheEntitySchema() throws Exception {
        mvc.perform(get("/schemas/entity.schema.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/schema+json"))
                .andExpect(jsonPath("$.$schema").value("https://json-schema.org/draft/2020-12/schema"))
                .andExpect(jsonPath("$.properties.fields").exists());
    }

    @Test
    void servesEveryKindAndTheCommonSchemaTheyReferTo() throws Exception {
        for (String kind : DefinitionSchemas.NAMES) {
            mvc.perform(get("/schemas/" + kind + ".schema.json")).andExpect(status().isOk());
        }
    }

    @Test
    void anUnknownKindIsNotFound() throws Exception {
        mvc.perform(get("/schemas/invoice.schema.json")).andExpect(status().isNotFound());
    }
}
