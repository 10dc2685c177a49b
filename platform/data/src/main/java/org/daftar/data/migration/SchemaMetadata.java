package org.daftar.data.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.daftar.data.migration.step.ArchiveEntity;
import org.daftar.data.migration.step.ArchiveField;
import org.daftar.data.migration.step.PurgeEntity;
import org.daftar.data.migration.step.PurgeField;
import org.daftar.data.migration.step.SchemaObject;
import org.daftar.data.migration.step.Step;
import org.daftar.data.migration.desired.DesiredSchema;
import org.daftar.data.schema.ColumnSpec;
import org.daftar.data.schema.TableSpec;
import org.daftar.model.entity.ChoiceOption;
import org.daftar.model.entity.FieldDef;

/**
 * Records, in the transaction that applied a plan, what the database now holds: every entity's
 * table and every field's column by stable id, the indexes and constraints made, and what the plan
 * archived or purged. The next plan starts from these rows.
 */
final class SchemaMetadata {

    private final Connection connection;

    SchemaMetadata(Connection connection) {
        this.connection = connection;
    }

    void record(DesiredSchema target, Plan plan) throws SQLException {
        for (String app : target.appIds()) {
            update("insert into daftar_schema_app (app_id) values (?) on conflict do nothing", app);
        }
        for (TableSpec table : target.tables()) {
            update("""
                    insert into daftar_schema_entity (app_id, entity_id, table_name) values (?, ?, ?)
                    on conflict (app_id, entity_id) do update
                    set table_name = excluded.table_name, archived_at = null, updated_at = now()""",
                    table.appId(), table.entityId(), table.name());
            for (ColumnSpec column : table.columns()) {
                if (!column.isSystem()) {
                    recordField(target, table, column);
                }
            }
            update("delete from daftar_schema_object where app_id = ? and entity_id = ?", table.appId(), table.entityId());
            for (SchemaObject object : target.objectsOf(table)) {
                update("insert into daftar_schema_object (app_id, entity_id, object_name, kind, object_key, field_ids) "
                                + "values (?, ?, ?, ?, ?, ?)",
                        table.appId(), table.entityId(), object.name(), object.kind().code(), object.key(),
                        connection.createArrayOf("text", object.fieldIds().toArray()));
            }
        }
        for (PlannedStep planned : plan.steps()) {
            recordRemoval(planned.step());
        }
    }

    private void recordField(DesiredSchema target, TableSpec table, ColumnSpec column) throws SQLException {
        FieldDef field = target.field(table.appId(), table.entityId(), column.fieldId()).orElseThrow();
        List<String> options = field.settings().options().stream().map(ChoiceOption::value).toList();
        update("""
                insert into daftar_schema_field (app_id, entity_id, field_id, column_name, field_type, sql_type, required, options)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (app_id, entity_id, field_id) do update
                set column_name = excluded.column_name, field_type = excluded.field_type, sql_type = excluded.sql_type,
                    required = excluded.required, options = excluded.options, archived_at = null, updated_at = now()""",
                table.appId(), table.entityId(), column.fieldId(), column.name(), field.type(), column.sqlType(), column.notNull(),
                options.isEmpty() ? null : connection.createArrayOf("text", options.toArray()));
    }

    private void recordRemoval(Step step) throws SQLException {
        switch (step) {
            case ArchiveEntity archive -> {
                update("update daftar_schema_entity set table_name = ?, archived_at = now(), updated_at = now() "
                        + "where app_id = ? and entity_id = ?", archive.archivedName(), archive.table().schema(), archive.entityId());
                update("delete from daftar_schema_object where app_id = ? and entity_id = ?", archive.table().schema(), archive.entityId());
            }
            case ArchiveField archive -> update("update daftar_schema_field set column_name = ?, required = false, archived_at = now(), "
                    + "updated_at = now() where app_id = ? and entity_id = ? and field_id = ?",
                    archive.archivedName(), archive.table().appId(), archive.table().entityId(), archive.fieldId());
            case PurgeEntity purge -> update("delete from daftar_schema_entity where app_id = ? and entity_id = ?",
                    purge.table().schema(), purge.entityId());
            case PurgeField purge -> update("delete from daftar_schema_field where app_id = ? and entity_id = ? and field_id = ?",
                    purge.table().appId(), purge.table().entityId(), purge.fieldId());
            default -> {
                // the rows written from the definitions say it all
            }
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
