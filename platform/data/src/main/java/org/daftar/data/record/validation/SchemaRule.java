package org.daftar.data.record.validation;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.Optional;
import org.daftar.data.record.draft.Draft;
import org.daftar.data.record.message.Labels;
import org.daftar.data.record.message.Message;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.table.LinesField;
import org.daftar.model.entity.FieldDef;

/**
 * Checks a draft against its entity's record JSON Schema and words each error for people, by the
 * kind of rule broken ({@link SchemaErrorWords}), at the field (of the line) it is about.
 */
public final class SchemaRule {

    private final RecordSchemas schemas;

    public SchemaRule(RecordSchemas schemas) {
        this.schemas = schemas;
    }

    public void check(Draft draft, Problems problems) {
        for (Error error : schemas.of(draft.table()).validate(DraftJson.of(draft))) {
            report(draft.table(), error, problems);
        }
    }

    private void report(EntityTable table, Error error, Problems problems) {
        NodePath path = error.getInstanceLocation();
        int depth = path.getNameCount();
        String linesField = null;
        Integer line = null;
        EntityTable owner = table;
        String name = depth > 0 ? String.valueOf(path.getElement(0)) : null;
        if (depth >= 2 && path.getElement(1) instanceof Integer index) {
            Optional<LinesField> lines = table.linesField(name);
            if (lines.isPresent()) {
                linesField = name;
                line = index;
                owner = lines.get().child();
                name = depth > 2 ? String.valueOf(path.getElement(2)) : null;
            }
        }
        if (name == null || "required".equals(error.getKeyword()) && isObjectLevel(depth, linesField)) {
            name = error.getProperty();
        }
        if ("additionalProperties".equals(error.getKeyword())) {
            String unknown = error.getProperty();
            problems.addText(linesField == null ? unknown : linesField + "." + unknown, line,
                    Message.UNKNOWN_FIELD.format(problems.locale(), "entity", Labels.entity(owner.entity(), problems.locale()), "name",
                            unknown));
            return;
        }
        Optional<FieldDef> field = name == null ? Optional.empty() : owner.field(name);
        if (field.isEmpty()) {
            problems.addText(null, line, error.getMessage());
            return;
        }
        SchemaErrorWords.Words words = SchemaErrorWords.of(error, field.get(), owner.column(name).orElse(null), problems.locale());
        problems.add(field.get(), linesField, line, words.message(), words.arguments());
    }

    /** True when the error's location is a record or a line itself, not one of its fields. */
    private static boolean isObjectLevel(int depth, String linesField) {
        return linesField == null ? depth == 0 : depth == 2;
    }
}
