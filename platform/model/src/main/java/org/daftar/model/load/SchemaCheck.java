package org.daftar.model.load;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.daftar.model.schema.PublishedSchemas;
import tools.jackson.databind.JsonNode;

/**
 * Checks documents against the published JSON Schema of their kind with the networknt validator,
 * and turns its errors into {@link Problem}s positioned at the offending value.
 */
final class SchemaCheck {

    private final Map<String, Schema> schemas = new HashMap<>();
    private final SchemaMessages messages;

    SchemaCheck() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Map<String, JsonNode> schemaTrees = new HashMap<>();
        for (String kind : PublishedSchemas.KINDS) {
            Schema schema = registry.getSchema(SchemaLocation.of(PublishedSchemas.classpathIri(kind)));
            schema.initializeValidators();
            schemas.put(kind, schema);
        }
        for (String name : PublishedSchemas.ALL) {
            schemaTrees.put(name + ".schema.json", registry.getSchema(
                    SchemaLocation.of(PublishedSchemas.classpathIri(name))).getSchemaNode());
        }
        messages = new SchemaMessages(schemaTrees);
    }

    boolean knows(String kind) {
        return schemas.containsKey(kind);
    }

    List<Problem> check(String kind, JsonNode document, DefinitionSource source) {
        List<Error> errors = schemas.get(kind).validate(document);
        List<Problem> problems = new ArrayList<>();
        for (Error error : errors) {
            if (isNoise(error)) {
                continue;
            }
            problems.add(messages.problem(error, document, source));
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return dedupe(problems);
    }

    /** anyOf reports every branch that failed; its own summary says it better. */
    private static boolean isNoise(Error error) {
        return error.getEvaluationPath().toString().contains("anyOf") && !"anyOf".equals(error.getKeyword());
    }

    private static List<Problem> dedupe(List<Problem> problems) {
        return problems.stream().distinct().toList();
    }

    static InputFormat formatOf(DefinitionSource source) {
        return source.isJson() ? InputFormat.JSON : InputFormat.YAML;
    }
}
