package org.daftar.model.load;

import com.networknt.schema.serialization.NodeReader;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/** Parses YAML and JSON into trees whose every value knows its line and column. */
final class DocumentParser {

    private final NodeReader reader = NodeReader.builder().locationAware().build();

    /** A parsed document, or the syntax problem that stopped parsing. */
    record Parsed(DefinitionSource source, JsonNode root, Problem problem) {}

    Parsed parse(DefinitionSource source) {
        try {
            JsonNode root = reader.readTree(source.text(), SchemaCheck.formatOf(source));
            if (root == null || root.isMissingNode() || root.isNull()) {
                return failed(source, 1, 1, "The file is empty: a definition starts with 'kind:' (app, entity, form, list, report, role or data).");
            }
            if (!root.isObject()) {
                return failed(source, 1, 1, "A definition must be a mapping of keys to values, starting with 'kind:'; this file holds "
                        + SchemaMessages.typeName(root) + ".");
            }
            return new Parsed(source, root, null);
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            int line = location != null ? Math.max(1, location.getLineNr()) : 1;
            int column = location != null ? Math.max(1, location.getColumnNr()) : 1;
            String format = source.isJson() ? "JSON" : "YAML";
            return failed(source, line, column, "This is not valid " + format + ": " + firstLine(e.getOriginalMessage()) + ".");
        }
    }

    private static Parsed failed(DefinitionSource source, int line, int column, String message) {
        return new Parsed(source, null, new Problem(source.location(), line, column, "$", message));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        List<String> lines = message.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String first = lines.isEmpty() ? "syntax error" : lines.getFirst();
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }
}
