package org.daftar.data.migration.planner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.daftar.data.migration.live.CatalogTable;
import org.daftar.data.migration.live.LiveEntity;
import org.daftar.data.migration.live.LiveSchema;
import org.daftar.data.migration.desired.DesiredSchema;
import org.daftar.data.schema.TableSpec;
import org.daftar.data.schema.TableSpec.TableRef;

/**
 * A table the definitions want, and the live table that holds that entity today: the one recorded
 * for its id (under whatever name, archived or not), else one of its name that no recorded entity
 * claims (a table made before Daftar recorded anything is adopted), else none (a new entity).
 *
 * @param live the live table, or {@code null} for a new entity
 * @param recorded what Daftar recorded for the entity, or {@code null}
 */
record TableMatch(TableSpec target, CatalogTable live, LiveEntity recorded) {

    boolean isNew() {
        return live == null;
    }

    /** The entity was archived and comes back. */
    boolean restores() {
        return live != null && recorded != null && recorded.archived();
    }

    boolean renames() {
        return live != null && !live.name().equals(target.name());
    }

    static List<TableMatch> of(DesiredSchema target, LiveSchema live) {
        Set<TableRef> claimed = new HashSet<>();
        live.entities().forEach(e -> claimed.add(new TableRef(e.appId(), e.tableName())));
        List<TableMatch> matches = new ArrayList<>();
        for (TableSpec table : target.tables()) {
            Optional<LiveEntity> recorded = live.entity(table.appId(), table.entityId());
            Optional<CatalogTable> byId = recorded.flatMap(e -> live.table(e.appId(), e.tableName()));
            Optional<CatalogTable> byName = live.table(table.schema(), table.name()).filter(t -> !claimed.contains(t.ref()));
            matches.add(new TableMatch(table, byId.or(() -> byName).orElse(null), recorded.orElse(null)));
        }
        return matches;
    }
}
