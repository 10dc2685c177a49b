package org.daftar.model.load;

import org.daftar.model.expression.Suggestions;

import java.util.List;
import org.daftar.model.schema.PublishedSchemas;
import tools.jackson.databind.JsonNode;

/**
 * Takes a parsed document through its first checks: a known {@code kind}, then the JSON Schema of
 * that kind. A document whose kind is unknown is left out; one that breaks its schema is reported
 * and still goes on to be assembled as far as it can be read, so that one mistake does not make
 * every file that refers to it wrong too.
 */
final class DocumentReader {

    /** A document that passed its schema. */
    /**
     * A document to assemble; {@code conforms} is false when it broke its schema (already reported),
     * so that reading it may fail.
     */
    record Document(String kind, Node root, boolean conforms) {

        DefinitionSource source() {
            return root.source();
        }

        /** The folder the file is in, with a trailing {@code /} ({@code ""} at the top). */
        String folder() {
            String location = source().location();
            int slash = location.lastIndexOf('/');
            return slash < 0 ? "" : location.substring(0, slash + 1);
        }
    }

    /** What checking one document gave: the document (null when it cannot be used) and its problems. */
    record Checked(Document document, List<Problem> problems) {}

    private final SchemaCheck schemaCheck;

    DocumentReader(SchemaCheck schemaCheck) {
        this.schemaCheck = schemaCheck;
    }

    /** Checks one document; safe to call from several threads at once. */
    Checked read(DocumentParser.Parsed parsed) {
        List<Problem> problems = new java.util.ArrayList<>();
        Document document = read(parsed, problems);
        return new Checked(document, problems);
    }

    private Document read(DocumentParser.Parsed parsed, List<Problem> problems) {
        if (parsed.problem() != null) {
            problems.add(parsed.problem());
            return null;
        }
        JsonNode root = parsed.root();
        JsonNode kindNode = root.get("kind");
        Node rootNode = new Node(root, parsed.source());
        if (kindNode == null || !kindNode.isString()) {
            problems.add(problem(rootNode, "Missing 'kind': say what this file defines, one of "
                    + String.join(", ", PublishedSchemas.KINDS) + "."));
            return null;
        }
        String kind = kindNode.asString();
        if (!schemaCheck.knows(kind)) {
            problems.add(problem(new Node(kindNode, parsed.source()), "Unknown kind '" + kind + "'."
                    + Suggestions.didYouMean(kind, PublishedSchemas.KINDS)
                    + " A definition is one of " + String.join(", ", PublishedSchemas.KINDS) + "."));
            return null;
        }
        List<Problem> schemaProblems = schemaCheck.check(kind, root, parsed.source());
        problems.addAll(schemaProblems);
        return new Document(kind, rootNode, schemaProblems.isEmpty());
    }

    private static Problem problem(Node node, String message) {
        var at = node.at();
        return new Problem(node.source().location(), at.line(), at.column(), "$.kind", message);
    }
}
