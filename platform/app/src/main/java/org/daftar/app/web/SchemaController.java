package org.daftar.app.web;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the published JSON Schemas, so that editors check definition files as they are typed:
 * {@code # yaml-language-server: $schema=http://localhost:8080/schemas/entity.schema.json}.
 */
@RestController
public class SchemaController {

    /** The media type of JSON Schema documents. */
    public static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

    @GetMapping("/schemas/{kind:[a-z]+}.schema.json")
    public ResponseEntity<byte[]> schema(@PathVariable String kind) {
        return DefinitionSchemas.of(kind)
                .map(schema -> ResponseEntity.ok()
                        .contentType(SCHEMA_JSON)
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                        .body(schema))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
