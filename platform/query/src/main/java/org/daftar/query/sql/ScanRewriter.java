package org.daftar.query.sql;

import java.util.List;
import org.apache.calcite.plan.RelOptSchema;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelShuttleImpl;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexSubQuery;
import org.daftar.query.schema.CalciteSchemas;
import org.apache.calcite.tools.RelBuilder;
import org.daftar.query.compile.Scans;
import org.daftar.query.schema.Catalog;
import org.daftar.query.schema.EntityTable;

/**
 * Replaces each scan of a visible table (readable columns only) by a scan of the real table that
 * hides soft-deleted rows and applies the row filter, projected to the same columns.
 */
final class ScanRewriter extends RelShuttleImpl {

    private final Catalog catalog;
    private final RelOptSchema physical;
    private final Scans scans;

    ScanRewriter(Catalog catalog, RelOptSchema physical, Scans scans) {
        this.catalog = catalog;
        this.physical = physical;
        this.scans = scans;
    }

    /** Rewrites the scans inside subqueries of a node's expressions too. */
    @Override
    protected RelNode visitChild(RelNode parent, int i, RelNode child) {
        return super.visitChild(parent, i, child).accept(new RexShuttle() {
            @Override
            public RexNode visitSubQuery(RexSubQuery subQuery) {
                return subQuery.clone(subQuery.rel.accept(ScanRewriter.this));
            }
        });
    }

    @Override
    public RelNode visit(TableScan scan) {
        if (!CalciteSchemas.isVisible(scan.getTable())) {
            return scan;
        }
        List<String> names = scan.getTable().getQualifiedName();
        EntityTable table = catalog.entities().values().stream()
                .filter(t -> t.names().equals(names.subList(names.size() - 2, names.size())))
                .findFirst().orElseThrow();
        RelBuilder b = RelFactories.LOGICAL_BUILDER.create(scan.getCluster(), physical);
        scans.scan(b, table);
        List<RexNode> columns = scan.getRowType().getFieldNames().stream().map(b::field).map(RexNode.class::cast).toList();
        return b.project(columns, scan.getRowType().getFieldNames(), true).build();
    }
}
