package org.daftar.ui.form;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.daftar.data.record.audit.AuditEntry;
import org.daftar.data.record.draft.LineChange;
import org.daftar.data.record.draft.ValueChange;
import org.daftar.model.Definitions;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.ui.form.render.FormTexts;
import org.daftar.ui.form.render.ValueText;

/**
 * Audit entries in words, in the user's language: who did what when ("omar changed it"), which
 * fields changed, and each change as "Price: 35.50 → 40.00", lines included.
 */
final class AuditText {

    private final Definitions definitions;
    private final EntityDef entity;
    private final Locale locale;
    private final ValueText values;
    private final ZoneId zone;

    AuditText(Definitions definitions, EntityDef entity, Locale locale, ZoneId zone) {
        this.definitions = definitions;
        this.entity = entity;
        this.locale = locale;
        this.values = new ValueText(locale);
        this.zone = zone;
    }

    /** "omar changed it", "sara deleted it". */
    String action(AuditEntry entry) {
        return FormTexts.get(locale, "form.history." + entry.action().word(), entry.user());
    }

    /** When, in the user's language and time zone. */
    String when(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(zone)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
    }

    /** One sentence for a write made since the user opened the record: who changed which fields when. */
    String sentence(AuditEntry entry) {
        return switch (entry.action()) {
            case DELETE -> FormTexts.get(locale, "form.stale.deletedBy", entry.user(), when(entry.at()));
            case RESTORE -> FormTexts.get(locale, "form.stale.restoredBy", entry.user(), when(entry.at()));
            default -> FormTexts.get(locale, "form.stale.change", entry.user(), String.join(", ", fields(entry)),
                    when(entry.at()));
        };
    }

    /** The labels of the fields a write changed, in order. */
    List<String> fields(AuditEntry entry) {
        Set<String> labels = new LinkedHashSet<>();
        entry.changes().keySet().forEach(name -> labels.add(label(entity, name)));
        entry.lines().forEach(line -> labels.add(label(entity, line.field())));
        return List.copyOf(labels);
    }

    /** Every change of a write: "Price: 35.50 → 40.00", "Lines, line 2: Quantity: 1 → 2". */
    List<String> changes(AuditEntry entry) {
        List<String> changes = new ArrayList<>();
        entry.changes().forEach((name, change) -> changes.add(change(label(entity, name), change)));
        for (LineChange line : entry.lines()) {
            EntityDef lineEntity = lineEntity(line.field());
            for (Map.Entry<String, ValueChange> change : line.changes().entrySet()) {
                changes.add(FormTexts.get(locale, "form.history.line", label(entity, line.field()), line.lineNo(),
                        change(label(lineEntity, change.getKey()), change.getValue())));
            }
        }
        return changes;
    }

    private String change(String label, ValueChange change) {
        return FormTexts.get(locale, "form.history.change", label, shown(change.before()), shown(change.after()));
    }

    private String shown(Object value) {
        String text = values.of(value);
        return text.isEmpty() ? FormTexts.get(locale, "form.history.empty") : text;
    }

    private EntityDef lineEntity(String linesField) {
        return entity.field(linesField).map(f -> f.settings().entity())
                .flatMap(ref -> definitions.entity(entity.appId(), ref)).orElse(entity);
    }

    private String label(EntityDef owner, String name) {
        return owner == null ? name : owner.field(name).map(FieldDef::labelOrName).map(text -> text.in(locale)).orElse(name);
    }
}
