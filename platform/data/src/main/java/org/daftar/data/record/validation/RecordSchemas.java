package org.daftar.data.record.validation;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.value.JsonValues;
import org.daftar.model.Definitions;
import org.daftar.model.link.FieldTypes;
import org.daftar.model.schema.RecordSchemaCompiler;

/**
 * The record JSON Schema of each entity (references as ids, lines nested), compiled by networknt
 * on first use with format assertions on, and kept: validating a record then costs microseconds.
 */
public final class RecordSchemas {

    private final RecordSchemaCompiler compiler;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    public RecordSchemas(Definitions definitions, FieldTypes fieldTypes) {
        this.compiler = new RecordSchemaCompiler(definitions, fieldTypes, RecordSchemaCompiler.ReferenceStyle.IDS);
    }

    /** The compiled schema of {@code table}'s records. */
    public Schema of(EntityTable table) {
        return schemas.computeIfAbsent(table.qualifiedId(), id -> compile(table));
    }

    private Schema compile(EntityTable table) {
        Schema schema = registry.getSchema(JsonValues.toNode(compiler.compile(table.entity())));
        schema.initializeValidators();
        return schema;
    }
}
