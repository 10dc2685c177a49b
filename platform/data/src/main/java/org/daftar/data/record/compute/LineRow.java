package org.daftar.data.record.compute;

import java.util.Map;
import org.daftar.data.record.table.EntityTable;

/** One line as expressions see it ({@code lines.amount} asks each row for its amount). */
record LineRow(EntityTable table, Map<String, Object> values) {}
