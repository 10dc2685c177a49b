package org.daftar.data.record;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.daftar.data.record.audit.AuditEntry;
import org.daftar.data.record.draft.LineChange;
import org.daftar.data.record.message.Labels;
import org.daftar.data.record.message.Message;
import org.daftar.data.record.table.EntityTable;

/**
 * The words of a refused save: who changed which fields and when (from the audit), or who deleted
 * the record, in the writer's language.
 */
final class StaleMessages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private StaleMessages() {}

    static String stale(EntityTable table, List<AuditEntry> changes, Locale locale, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        for (AuditEntry entry : changes) {
            String at = when(entry.at(), zone);
            parts.add(switch (entry.action()) {
                case DELETE -> Message.DELETED_BY.format(locale, "user", entry.user(), "at", at);
                case RESTORE -> Message.RESTORED_BY.format(locale, "user", entry.user(), "at", at);
                default -> Message.CHANGED_BY.format(locale, "user", entry.user(), "fields", fields(table, entry, locale), "at", at);
            });
        }
        return Message.STALE.format(locale, "entity", Labels.entity(table.entity(), locale), "changes", String.join(Message.SEMICOLON.template(locale), parts));
    }

    static String deleted(EntityTable table, String user, OffsetDateTime at, Locale locale, ZoneId zone) {
        return Message.IS_DELETED.format(locale, "entity", Labels.entity(table.entity(), locale), "user", String.valueOf(user),
                "at", when(at, zone));
    }

    private static String fields(EntityTable table, AuditEntry entry, Locale locale) {
        Set<String> labels = new LinkedHashSet<>();
        entry.changes().keySet().forEach(name -> labels.add(label(table, name, locale)));
        for (LineChange line : entry.lines()) {
            labels.add(label(table, line.field(), locale));
        }
        return Labels.joined(List.copyOf(labels), locale);
    }

    private static String label(EntityTable table, String name, Locale locale) {
        return table.field(name).map(field -> Labels.fieldInSentence(field, locale)).orElse(name);
    }

    private static String when(OffsetDateTime at, ZoneId zone) {
        return at == null ? "?" : at.atZoneSameInstant(zone).format(WHEN);
    }
}
