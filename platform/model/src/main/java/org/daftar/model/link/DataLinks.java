package org.daftar.model.link;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.model.SourceRef;
import org.daftar.model.app.App;
import org.daftar.model.data.DataSet;
import org.daftar.model.data.SampleRecord;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.expression.Suggestions;
import org.daftar.model.schema.RecordSchemaCompiler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks sample data the way a save would: each record against its entity's record schema, with
 * references written as natural keys that must exist in the other entity's sample data, and
 * natural and unique keys not repeated.
 */
final class DataLinks {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LinkContext context;
    private final Problems problems;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final RecordSchemaCompiler compiler;

    DataLinks(LinkContext context) {
        this.context = context;
        this.problems = context.problems();
        this.compiler = new RecordSchemaCompiler(context.definitions(), context.fieldTypes(),
                RecordSchemaCompiler.ReferenceStyle.NATURAL_KEYS);
    }

    void check() {
        NaturalKeys keys = new NaturalKeys(problems);
        Map<DataSet, EntityDef> sets = new HashMap<>();
        for (App app : context.definitions().apps()) {
            for (DataSet set : app.data()) {
                Targets.entity(context, app, set.entity(), set.at(), "The sample data").ifPresent(entity -> {
                    sets.put(set, entity);
                    keys.index(entity, set);
                });
            }
        }
        sets.forEach((set, entity) -> checkRecords(set, entity, keys));
    }

    private void checkRecords(DataSet set, EntityDef entity, NaturalKeys keys) {
        Schema schema;
        try {
            schema = registry.getSchema(JSON.valueToTree(compiler.compile(entity)));
            schema.initializeValidators();
        } catch (SchemaException e) {
            return; // the entity itself is broken (e.g. an invalid pattern), which the entity check reports
        }
        int number = 0;
        for (SampleRecord record : set.records()) {
            number++;
            String who = "Sample record " + number + " of '" + entity.id() + "'";
            if (!checkFieldNames(entity, record, who)) {
                continue;
            }
            JsonNode json = JSON.valueToTree(record.values());
            for (Error error : schema.validate(json)) {
                problems.add(positionOf(record, error), "$.records[" + (number - 1) + "]", who + ": " + describe(error));
            }
            checkReferences(entity, record.values(), record, who, keys);
            checkCustomTypes(entity, record, who);
        }
    }

    /** Values of plugin field types (an IBAN's check digits) are checked by their plugin, as on save. */
    private void checkCustomTypes(EntityDef entity, SampleRecord record, String who) {
        for (FieldDef field : entity.fields()) {
            Object value = record.values().get(field.name());
            if (value == null) {
                continue;
            }
            context.fieldTypes().custom(field.type()).ifPresent(type -> type.problems(value).forEach(message ->
                    problems.add(record.positionOf(field.name()), "$.records", who + ": '" + field.name() + "' "
                            + message.in("en"))));
        }
    }

    private boolean checkFieldNames(EntityDef entity, SampleRecord record, String who) {
        boolean ok = true;
        for (String name : record.values().keySet()) {
            Optional<FieldDef> field = entity.field(name);
            if (field.isEmpty()) {
                problems.add(record.positionOf(name), "$.records", who + " has '" + name + "', which is not a field of '" + entity.id()
                        + "'." + Suggestions.didYouMean(name, EntityLinks.fieldNames(entity)));
                ok = false;
            } else if (field.get().isGenerated()) {
                problems.add(record.positionOf(name), "$.records", who + " gives '" + name + "', a " + field.get().type()
                        + " field: Daftar gives its value on save, so leave it out.");
                ok = false;
            }
        }
        return ok;
    }

    private void checkReferences(EntityDef entity, Map<String, Object> values, SampleRecord record, String who, NaturalKeys keys) {
        for (FieldDef field : entity.fields()) {
            Object value = values.get(field.name());
            if (value == null) {
                continue;
            }
            if (field.is(FieldType.REFERENCE)) {
                context.types().target(entity, field).ifPresent(target -> {
                    String problem = keys.problemOf(target, value);
                    if (problem != null) {
                        problems.add(record.positionOf(field.name()), "$.records", who + ": '" + field.name() + "' " + problem);
                    }
                });
            } else if (field.is(FieldType.LINES) && value instanceof List<?> lines) {
                context.types().target(entity, field).ifPresent(child -> {
                    int line = 0;
                    for (Object row : lines) {
                        line++;
                        if (row instanceof Map<?, ?> map) {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> rowValues = (Map<String, Object>) map;
                            checkReferences(child, rowValues, record, who + ", line " + line, keys);
                        }
                    }
                });
            }
        }
    }

    private static SourceRef positionOf(SampleRecord record, Error error) {
        var path = error.getInstanceLocation();
        String field = error.getProperty() != null && path.getNameCount() == 0 ? error.getProperty()
                : path.getNameCount() > 0 ? String.valueOf(path.getElement(0)) : null;
        return field == null ? record.at() : record.positionOf(field);
    }

    private static String describe(Error error) {
        String location = error.getInstanceLocation().toString();
        String message = error.getMessage();
        if (message.startsWith(location + ": ")) {
            message = message.substring(location.length() + 2);
        } else if (message.startsWith(location + " ")) {
            message = message.substring(location.length() + 1);
        }
        String field = location.replaceFirst("^[$/]\\.?", "").replace('/', '.');
        return (field.isEmpty() ? "" : "'" + field + "' ") + message;
    }
}
