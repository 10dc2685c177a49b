package org.daftar.model.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.model.ExpressionText;
import org.daftar.model.FieldRef;
import org.daftar.model.SourceRef;
import org.daftar.model.app.App;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.expression.ExprType;
import org.daftar.model.expression.TypeScope;
import org.daftar.model.form.FormDef;
import org.daftar.model.form.FormFieldDef;
import org.daftar.model.form.SectionDef;
import org.daftar.model.expression.Suggestions;

/** Checks forms: their entity, that each field exists and appears once, rules, defaults, sub-grids. */
final class FormLinks {

    private final LinkContext context;
    private final Problems problems;

    FormLinks(LinkContext context) {
        this.context = context;
        this.problems = context.problems();
    }

    void check(App app) {
        for (FormDef form : app.forms()) {
            Optional<EntityDef> entity = Targets.entity(context, app, form.entity(), form.at(), "The form '" + form.id() + "'");
            Duplicates.check(form.sections(), SectionDef::id, SectionDef::at, "section id", problems);
            entity.ifPresent(e -> checkFields(app, form, e));
        }
    }

    private void checkFields(App app, FormDef form, EntityDef entity) {
        Map<String, SourceRef> placed = new HashMap<>();
        TypeScope scope = context.types().scope(entity, app.def().userAttributes(), true);
        for (SectionDef section : form.sections()) {
            int columns = section.columns() != null ? section.columns() : form.columns();
            for (FormFieldDef placedField : section.fields()) {
                String path = "$.sections." + section.id() + "." + placedField.field();
                Optional<FieldDef> field = entity.field(placedField.field());
                if (field.isEmpty()) {
                    problems.add(placedField.at(), path, "The form '" + form.id() + "' places '" + placedField.field()
                            + "', which is not a field of '" + entity.id() + "'."
                            + Suggestions.didYouMean(placedField.field(), EntityLinks.fieldNames(entity)));
                    continue;
                }
                SourceRef first = placed.putIfAbsent(placedField.field(), placedField.at());
                if (first != null) {
                    problems.add(placedField.at(), path, "The field '" + placedField.field() + "' is already on the form at "
                            + first + ": a field appears once per form.");
                }
                checkRule(placedField.visibleWhen(), scope, "visibleWhen", placedField, path);
                checkRule(placedField.requiredWhen(), scope, "requiredWhen", placedField, path);
                checkRule(placedField.readOnlyWhen(), scope, "readOnlyWhen", placedField, path);
                checkDefault(entity, field.get(), placedField, scope, path);
                checkSubGrid(entity, field.get(), placedField, path);
                if (placedField.colspan() != null && placedField.colspan() > columns) {
                    problems.add(placedField.at(), path, "The field '" + placedField.field() + "' spans " + placedField.colspan()
                            + " columns, but its section has " + columns + ".");
                }
            }
        }
    }

    private void checkRule(ExpressionText rule, TypeScope scope, String key, FormFieldDef placed, String path) {
        context.expressions().check(rule, scope, ExprType.BOOLEAN, "The " + key + " rule of '" + placed.field() + "'", path + "." + key);
    }

    private void checkDefault(EntityDef entity, FieldDef field, FormFieldDef placed, TypeScope scope, String path) {
        if (placed.defaultValue() == null) {
            return;
        }
        String expression = placed.defaultExpression();
        if (expression == null) {
            DefaultValues.check(field, placed.defaultValue(), placed.at(), path + ".default", problems);
            return;
        }
        ExpressionText text = new ExpressionText(expression, placed.at());
        context.expressions().check(text, scope, context.types().typeOf(entity, field),
                "The default of '" + field.name() + "'", path + ".default");
    }

    private void checkSubGrid(EntityDef entity, FieldDef field, FormFieldDef placed, String path) {
        if (placed.columns().isEmpty()) {
            return;
        }
        if (!field.is(FieldType.LINES)) {
            problems.add(placed.at(), path + ".columns", "'columns' is for lines fields; '" + field.name() + "' is a "
                    + field.type() + " field.");
            return;
        }
        context.types().target(entity, field).ifPresent(child -> placed.columns().forEach(column ->
                context.paths().resolve(child, new FieldRef(column, placed.at()), "The sub-grid of '" + field.name() + "'",
                        path + ".columns")));
    }

    static List<String> ids(List<EntityDef> entities) {
        return entities.stream().map(EntityDef::id).toList();
    }
}
