package org.daftar.model.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.daftar.model.app.App;
import org.daftar.model.entity.CheckDef;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.expression.ExprType;
import org.daftar.model.expression.Suggestions;

/** Checks entities: their fields, types, settings, keys, display name, computed fields and checks. */
final class EntityLinks {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    private final LinkContext context;
    private final Problems problems;
    private final Map<String, FieldDef> linesTargets = new HashMap<>();

    EntityLinks(LinkContext context) {
        this.context = context;
        this.problems = context.problems();
    }

    void check(App app) {
        Duplicates.check(app.entities(), EntityDef::id, EntityDef::at, "entity", problems);
        for (EntityDef entity : app.entities()) {
            Duplicates.check(entity.fields(), FieldDef::id, FieldDef::at, "field id", problems);
            Duplicates.check(entity.fields(), FieldDef::name, FieldDef::at, "field name", problems);
            entity.fields().forEach(field -> checkField(entity, field));
            entity.fields().stream().filter(field -> EntityDef.RESERVED_NAMES.contains(field.name())).forEach(field ->
                    problems.add(field.at(), path(field, "name"), "'" + field.name() + "' is a name Daftar keeps for its own "
                            + "columns (" + String.join(", ", EntityDef.RESERVED_NAMES.stream().sorted().toList())
                            + "): give the field another name."));
            checkKeys(entity);
            checkDisplayName(entity);
            entity.checks().forEach(check -> checkRule(entity, check));
            Duplicates.check(entity.checks(), CheckDef::id, CheckDef::at, "check", problems);
            new ComputedCycles(problems).check(entity);
        }
    }

    private void checkField(EntityDef entity, FieldDef field) {
        if (field.type() == null) {
            return; // reported by the schema check
        }
        Optional<FieldType> type = field.builtInType();
        if (type.isEmpty()) {
            if (!context.fieldTypes().isKnown(field.type())) {
                problems.add(field.at(), path(field, "type"), "Unknown field type '" + field.type() + "'."
                        + Suggestions.didYouMean(field.type(), context.fieldTypes().names())
                        + " Known types: " + String.join(", ", context.fieldTypes().names()) + ".");
            } else if (!FieldSettingRules.given(field.settings()).isEmpty()) {
                problems.add(field.at(), path(field, "type"), "The field type '" + field.type()
                        + "' takes no settings; remove " + String.join(", ", FieldSettingRules.given(field.settings())) + ".");
            }
            return;
        }
        checkSettings(field, type.get());
        new FieldSettingChecks(context, entity, field).check(type.get());
        if (type.get() == FieldType.LINES) {
            checkLinesOwner(entity, field);
        }
        if (type.get() == FieldType.COMPUTED && field.settings().expression() != null) {
            ExprType expected = field.settings().resultType() == null ? null
                    : context.types().typeOfTypeName(field.settings().resultType());
            context.expressions().check(field.settings().expression(), context.types().scope(entity, List.of(), false),
                    expected, "The expression of computed field '" + field.name() + "'", path(field, "expression"));
        }
        if (field.defaultValue() != null) {
            DefaultValues.check(field, field.defaultValue(), field.at(), path(field, "default"), problems);
        }
    }

    private void checkSettings(FieldDef field, FieldType type) {
        for (String key : FieldSettingRules.given(field.settings())) {
            if (!FieldSettingRules.allowed(type).contains(key)) {
                problems.add(field.at(), path(field, key), "'" + key + "' does not apply to a " + type.typeName()
                        + " field" + allowedHint(type) + ".");
            }
        }
        for (String key : FieldSettingRules.required(type)) {
            if (!FieldSettingRules.given(field.settings()).contains(key)) {
                problems.add(field.at(), path(field, key), "A " + type.typeName() + " field needs '" + key + "'"
                        + requiredHint(key) + ".");
            }
        }
    }

    private static String allowedHint(FieldType type) {
        Set<String> allowed = FieldSettingRules.allowed(type);
        return allowed.isEmpty() ? " (it takes no settings)" : " (it takes " + String.join(", ", allowed.stream().sorted().toList()) + ")";
    }

    private static String requiredHint(String key) {
        return switch (key) {
            case "options" -> ": the list of {value, label} to choose from";
            case "entity" -> ": the id of the entity it points to";
            case "pattern" -> ", e.g. INV-{yyyy}-{00000}";
            case "expression" -> ", e.g. quantity * unit_price";
            default -> "";
        };
    }

    private void checkLinesOwner(EntityDef entity, FieldDef field) {
        context.types().target(entity, field).ifPresent(child -> {
            if (child.qualifiedId().equals(entity.qualifiedId())) {
                problems.add(field.at(), path(field, "entity"), "The lines field '" + field.name()
                        + "' names its own entity: lines are records of another entity, owned by this one.");
                return;
            }
            FieldDef other = linesTargets.putIfAbsent(child.qualifiedId(), field);
            if (other != null) {
                problems.add(field.at(), path(field, "entity"), "The entity '" + child.id() + "' is already the lines of '"
                        + other.name() + "' (" + other.at() + "): lines belong to one parent only.");
            }
        });
    }

    private void checkKeys(EntityDef entity) {
        entity.naturalKey().forEach(name -> checkKeyField(entity, name, "naturalKey"));
        entity.unique().forEach(key -> key.forEach(name -> checkKeyField(entity, name, "unique")));
    }

    private void checkKeyField(EntityDef entity, String name, String where) {
        Optional<FieldDef> field = entity.field(name);
        if (field.isEmpty()) {
            problems.add(entity.positionOf(where), "$." + where, "'" + where + "' names the field '" + name + "', which entity '"
                    + entity.id() + "' does not have." + Suggestions.didYouMean(name, fieldNames(entity)));
        } else if (field.get().is(FieldType.LINES) || field.get().is(FieldType.COMPUTED)
                || field.get().is(FieldType.ATTACHMENT) || field.get().is(FieldType.LONG_TEXT)) {
            problems.add(field.get().at(), "$." + where, "The " + field.get().type() + " field '" + name
                    + "' cannot be part of a key ('" + where + "'): keys are short stored values.");
        }
    }

    private void checkDisplayName(EntityDef entity) {
        if (entity.displayName() == null) {
            return;
        }
        Matcher matcher = PLACEHOLDER.matcher(entity.displayName());
        Set<String> seen = new HashSet<>();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (seen.add(name) && entity.field(name).isEmpty()) {
                problems.add(entity.positionOf("displayName"), "$.displayName", "The display name '" + entity.displayName() + "' uses {" + name
                        + "}, which is not a field of '" + entity.id() + "'." + Suggestions.didYouMean(name, fieldNames(entity)));
            }
        }
    }

    private void checkRule(EntityDef entity, CheckDef check) {
        context.expressions().check(check.rule(), context.types().scope(entity, List.of(), false), ExprType.BOOLEAN,
                "The rule of check '" + check.id() + "'", "$.checks." + check.id() + ".rule");
        for (String name : check.fields()) {
            if (entity.field(name).isEmpty()) {
                problems.add(check.at(), "$.checks." + check.id() + ".fields", "Check '" + check.id() + "' shows its message at '"
                        + name + "', which is not a field of '" + entity.id() + "'." + Suggestions.didYouMean(name, fieldNames(entity)));
            }
        }
    }

    static List<String> fieldNames(EntityDef entity) {
        return entity.fields().stream().map(FieldDef::name).toList();
    }

    static String path(FieldDef field, String key) {
        return "$.fields." + field.id() + "." + key;
    }
}
