package org.daftar.data.record;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.daftar.data.record.audit.AuditEntry;
import org.daftar.data.record.draft.Draft;
import org.daftar.data.record.draft.StoredRecord;
import org.daftar.data.record.message.Labels;
import org.daftar.data.record.message.Message;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.validation.Problems;
import org.daftar.data.record.validation.ValidationException;
import org.daftar.data.schema.SystemColumns;

/** The exceptions a session refuses a write with, worded in the writer's language. */
final class Refusals {

    private Refusals() {}

    static RecordNotFoundException notFound(EntityTable table, long id, WriteContext context) {
        return new RecordNotFoundException(table.qualifiedId(), id, Message.NOT_FOUND.format(context.locale(), "entity",
                Labels.entity(table.entity(), context.locale()), "id", String.valueOf(id)));
    }

    static RecordConflictException deleted(StoredRecord stored, WriteContext context, ZoneId zone) {
        return new RecordConflictException(StaleMessages.deleted(stored.table(), stored.deletedBy(), stored.deletedAt(),
                context.locale(), zone));
    }

    static RecordConflictException notDeleted(EntityTable table, WriteContext context) {
        return new RecordConflictException(Message.NOT_DELETED.format(context.locale(), "entity",
                Labels.entity(table.entity(), context.locale())));
    }

    static StaleRecordException stale(StoredRecord stored, int expected, List<AuditEntry> since, WriteContext context, ZoneId zone) {
        return new StaleRecordException(StaleMessages.stale(stored.table(), since, context.locale(), zone), expected, stored.version(),
                since);
    }

    /** Why an insert wrote nothing: the unique keys another record has, worded as the unique rule words them. */
    static RuntimeException uniqueTaken(Connection connection, EntityModel model, Draft draft, WriteContext context) {
        Problems problems = new Problems(context.locale());
        try {
            model.unique().check(connection, draft, problems, true);
        } catch (SQLException e) {
            return SqlFailures.store(e, "checking unique keys");
        }
        return problems.isEmpty()
                ? new RecordConflictException(Message.UNIQUE_RACE.format(context.locale(), "entity",
                        Labels.entity(model.table().entity(), context.locale())))
                : new ValidationException(problems.messages());
    }

    /** The version an update is based on, as the caller read it. */
    static int expectedVersion(Map<String, ?> changes) {
        if (changes.get(SystemColumns.VERSION) instanceof Number version) {
            return version.intValue();
        }
        throw new IllegalArgumentException("An update must say which version of the record it is based on: give 'version' as it was read.");
    }
}
