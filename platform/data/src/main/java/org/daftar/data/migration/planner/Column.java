package org.daftar.data.migration.planner;

import org.daftar.data.migration.desired.DesiredObjects;

/** Where a column is at one moment: its table (qualified, quoted) and its name (quoted). */
record Column(String table, String name) {

    /** How conditions and expressions name the column they apply to. */
    static final String PLACEHOLDER = DesiredObjects.COLUMN;

    /** {@code template} with the column put in: {@code length({column}) > 20} becomes {@code length("sku") > 20}. */
    String in(String template) {
        return template.replace(PLACEHOLDER, name);
    }
}
