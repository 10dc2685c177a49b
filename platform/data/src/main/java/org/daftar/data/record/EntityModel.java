package org.daftar.data.record;

import org.daftar.data.record.compute.AutoNumbers;
import org.daftar.data.record.compute.ComputedFields;
import org.daftar.data.record.compute.Defaults;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.validation.CheckRules;
import org.daftar.data.record.validation.UniqueRules;

/**
 * Everything a save of one entity needs that can be worked out once: its table and SQL, its
 * computed fields in order, its defaults, its auto-numbers, its checks and its unique keys.
 */
record EntityModel(
        EntityTable table,
        ComputedFields computed,
        Defaults defaults,
        AutoNumbers autoNumbers,
        CheckRules checks,
        UniqueRules unique) {

    static EntityModel of(EntityTable table) {
        return new EntityModel(table, ComputedFields.of(table), Defaults.of(table), AutoNumbers.of(table), CheckRules.of(table),
                UniqueRules.of(table));
    }
}
