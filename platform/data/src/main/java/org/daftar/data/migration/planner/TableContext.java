package org.daftar.data.migration.planner;

import org.daftar.data.migration.live.CatalogTable;
import org.daftar.data.migration.live.LiveSchema;
import org.daftar.data.migration.desired.DesiredSchema;
import org.daftar.data.schema.Sql;
import org.daftar.data.schema.TableSpec;

/**
 * A table that exists, as the definitions want it and as it lives, with what planning it needs.
 *
 * @param planTable the live table's qualified name before the plan (for data checks when planning)
 * @param stepTable its qualified name once the plan's renames ran (for the steps' SQL and guards)
 */
record TableContext(DesiredSchema target, LiveSchema live, TableSpec table, CatalogTable catalog, String planTable, String stepTable) {

    static TableContext of(DesiredSchema target, LiveSchema live, TableMatch match) {
        return new TableContext(target, live, match.target(), match.live(),
                Sql.qualified(match.live().schema(), match.live().name()), match.target().qualifiedName());
    }

    String appId() {
        return table.appId();
    }

    String entityId() {
        return table.entityId();
    }

    /** A column before the plan, for data checks when planning. */
    Column atPlan(String liveColumn) {
        return new Column(planTable, Sql.quote(liveColumn));
    }

    /** A column when its step runs. */
    Column atStep(String column) {
        return new Column(stepTable, Sql.quote(column));
    }
}
