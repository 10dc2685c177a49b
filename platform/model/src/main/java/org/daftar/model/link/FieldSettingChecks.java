package org.daftar.model.link;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.daftar.model.Definitions;
import org.daftar.model.entity.ChoiceOption;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldSettings;
import org.daftar.model.entity.FieldType;
import org.daftar.model.expression.Suggestions;

/** Checks the values of one field's settings: targets exist, bounds are ordered, patterns compile. */
final class FieldSettingChecks {

    private final LinkContext context;
    private final EntityDef entity;
    private final FieldDef field;
    private final FieldSettings settings;

    FieldSettingChecks(LinkContext context, EntityDef entity, FieldDef field) {
        this.context = context;
        this.entity = entity;
        this.field = field;
        this.settings = field.settings();
    }

    void check(FieldType type) {
        if (settings.entity() != null) {
            checkTarget();
        }
        if (settings.pattern() != null) {
            checkRegex();
        }
        if (settings.autoNumberPattern() != null) {
            AutoNumberPattern.problems(settings.autoNumberPattern()).forEach(message -> report("pattern", message));
        }
        if (settings.currencyField() != null) {
            checkCurrencyField();
        }
        Duplicates.check(settings.options(), ChoiceOption::value, ChoiceOption::at, "option value", context.problems());
        if (type == FieldType.DATE) {
            checkDateBounds();
        } else {
            checkNumberBounds();
        }
        if (settings.minLength() != null && settings.maxLength() != null && settings.minLength() > settings.maxLength()) {
            report("minLength", "minLength (" + settings.minLength() + ") is greater than maxLength (" + settings.maxLength() + ").");
        }
        if (settings.precision() != null && settings.scale() != null && settings.scale() > settings.precision()) {
            report("scale", "scale (" + settings.scale() + ") cannot exceed precision (" + settings.precision() + ").");
        }
    }

    private void checkTarget() {
        Definitions definitions = context.definitions();
        String ref = settings.entity();
        if (definitions.entity(entity.appId(), ref).isPresent()) {
            return;
        }
        int dot = ref.indexOf('.');
        if (dot > 0 && definitions.app(ref.substring(0, dot)).isEmpty()) {
            report("entity", "The field '" + field.name() + "' points to '" + ref + "', but there is no app '"
                    + ref.substring(0, dot) + "'." + Suggestions.didYouMean(ref.substring(0, dot),
                            definitions.apps().stream().map(app -> app.id()).toList()));
            return;
        }
        String appId = dot > 0 ? ref.substring(0, dot) : entity.appId();
        String entityId = dot > 0 ? ref.substring(dot + 1) : ref;
        var known = definitions.app(appId).map(app -> app.entities().stream().map(EntityDef::id).toList())
                .orElse(java.util.List.of());
        report("entity", "The field '" + field.name() + "' points to the entity '" + ref + "', which app '" + appId
                + "' does not have." + Suggestions.didYouMean(entityId, known));
    }

    private void checkRegex() {
        try {
            Pattern.compile(settings.pattern());
        } catch (PatternSyntaxException e) {
            report("pattern", "The pattern of '" + field.name() + "' is not a valid regular expression: "
                    + e.getDescription() + " near index " + e.getIndex() + ".");
        }
    }

    private void checkCurrencyField() {
        var currency = entity.field(settings.currencyField());
        if (currency.isEmpty()) {
            report("currencyField", "The money field '" + field.name() + "' takes its currency from '" + settings.currencyField()
                    + "', which is not a field of '" + entity.id() + "'."
                    + Suggestions.didYouMean(settings.currencyField(), EntityLinks.fieldNames(entity)));
        } else if (!currency.get().is(FieldType.TEXT) && !currency.get().is(FieldType.CHOICE)) {
            report("currencyField", "The currency of '" + field.name() + "' must come from a text or choice field; '"
                    + settings.currencyField() + "' is a " + currency.get().type() + " field.");
        }
    }

    private void checkNumberBounds() {
        if (settings.min() instanceof String || settings.max() instanceof String) {
            report("min", "min and max of a " + field.type() + " field are numbers.");
            return;
        }
        BigDecimal min = settings.minNumber();
        BigDecimal max = settings.maxNumber();
        if (min != null && max != null && min.compareTo(max) > 0) {
            report("min", "min (" + min.toPlainString() + ") is greater than max (" + max.toPlainString() + ").");
        }
    }

    private void checkDateBounds() {
        LocalDate min = date("min", settings.min());
        LocalDate max = date("max", settings.max());
        if (min != null && max != null && min.isAfter(max)) {
            report("min", "min (" + min + ") is after max (" + max + ").");
        }
    }

    private LocalDate date(String key, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            report(key, key + " of the date field '" + field.name() + "' must be an ISO date such as 2026-01-31, not '" + value + "'.");
            return null;
        }
    }

    private void report(String key, String message) {
        context.problems().add(field.at(), EntityLinks.path(field, key), message);
    }
}
