package org.daftar.data.record;

import java.time.Clock;
import org.daftar.data.record.audit.AuditLog;
import org.daftar.data.record.draft.Drafts;
import org.daftar.data.record.draft.RecordReader;
import org.daftar.data.record.draft.RecordWriter;
import org.daftar.data.record.table.EntityTables;
import org.daftar.data.record.validation.FieldRules;
import org.daftar.data.record.validation.RecordSchemas;
import org.daftar.data.record.validation.ReferenceRules;
import org.daftar.data.record.validation.SchemaRule;

/** The parts of the record service, made once and shared by every session (all are thread-safe). */
record Services(
        Clock clock,
        EntityModels models,
        Drafts drafts,
        RecordReader reader,
        RecordWriter writer,
        AuditLog audit,
        SchemaRule schema,
        FieldRules fieldRules,
        ReferenceRules references) {

    static Services create(EntityTables tables, Clock clock) {
        return new Services(clock, new EntityModels(tables), new Drafts(clock.getZone()), new RecordReader(clock.getZone()),
                new RecordWriter(), new AuditLog(clock.getZone()),
                new SchemaRule(new RecordSchemas(tables.definitions(), tables.fieldTypes())), new FieldRules(),
                new ReferenceRules(tables));
    }

    EntityTables tables() {
        return models.tables();
    }
}
