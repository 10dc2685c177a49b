package org.daftar.designer.yaml;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads a definition file's YAML into a tree the structured editors change in place, and writes
 * it back. Comments and quoting of the text are not kept: the structured view writes plain YAML.
 *
 * <pre>{@code
 * ObjectNode entity = YamlDocument.parse(text).orElseThrow();
 * entity.withArray("fields").addObject().put("id", "phone").put("type", "phone");
 * String changed = YamlDocument.write(entity);
 * }</pre>
 */
public final class YamlDocument {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private YamlDocument() {}

    /** The tree of {@code text}, or why it cannot be edited structurally. */
    public static Parsed parse(String text) {
        try {
            JsonNode node = YAML.readTree(text == null ? "" : text);
            if (node instanceof ObjectNode object) {
                return new Parsed(object, null, 0, 0);
            }
            return new Parsed(null, "the file is not a mapping of keys (kind, id, ...)", 1, 1);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            return new Parsed(null, e.getOriginalMessage(), line, column);
        }
    }

    /** The tree as YAML. */
    public static String write(ObjectNode document) {
        return YAML.writeValueAsString(document);
    }

    /** A new empty mapping, to build a file from. */
    public static ObjectNode object() {
        return YAML.createObjectNode();
    }

    /**
     * What reading a file gave: its tree, or the reason it has none and where.
     *
     * @param document the tree, or {@code null} when the text does not parse
     */
    public record Parsed(ObjectNode document, String problem, int line, int column) {

        public Optional<ObjectNode> tree() {
            return Optional.ofNullable(document);
        }

        public boolean ok() {
            return document != null;
        }
    }
}
