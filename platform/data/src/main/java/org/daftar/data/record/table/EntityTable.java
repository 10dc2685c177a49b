package org.daftar.data.record.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.data.record.value.Column;
import org.daftar.data.schema.TableSpec;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;

/**
 * One entity as the record service stores it: its table, the columns of its fields (every field
 * but lines, in the order of the definition), its lines fields with their own tables, and the SQL
 * to read and write it. Built once per entity ({@link EntityTables}) and shared by every save.
 */
public final class EntityTable {

    private final EntityDef entity;
    private final TableSpec spec;
    private final List<Column> columns;
    private final Map<String, Column> byName = new LinkedHashMap<>();
    private final Map<String, FieldDef> fields = new LinkedHashMap<>();
    private final List<LinesField> lines;
    private final TableStatements sql;

    EntityTable(EntityDef entity, TableSpec spec, List<Column> columns, List<LinesField> lines) {
        this.entity = entity;
        this.spec = spec;
        this.columns = List.copyOf(columns);
        this.columns.forEach(column -> byName.put(column.name(), column));
        entity.fields().forEach(field -> fields.put(field.name(), field));
        this.lines = List.copyOf(lines);
        this.sql = new TableStatements(this);
    }

    public EntityDef entity() {
        return entity;
    }

    public TableSpec spec() {
        return spec;
    }

    /** {@code app.entity}. */
    public String qualifiedId() {
        return entity.qualifiedId();
    }

    /** The columns of the entity's fields, lines excepted, in the order of the definition. */
    public List<Column> columns() {
        return columns;
    }

    public Optional<Column> column(String fieldName) {
        return Optional.ofNullable(byName.get(fieldName));
    }

    public List<LinesField> lines() {
        return lines;
    }

    public Optional<LinesField> linesField(String name) {
        return lines.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The field called {@code name}, of any type. */
    public Optional<FieldDef> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** True for the lines of another entity: they are saved with their parent. */
    public boolean isLines() {
        return spec.linesOf() != null;
    }

    public TableStatements sql() {
        return sql;
    }

    @Override
    public String toString() {
        return qualifiedId();
    }
}
