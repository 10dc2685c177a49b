package org.daftar.query;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the estimated row count of the top node of {@code EXPLAIN (FORMAT JSON)}. */
final class PlanRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlanRows() {}

    static long of(String explainJson) {
        JsonNode rows = JSON.readTree(explainJson).path(0).path("Plan").path("Plan Rows");
        return rows.isNumber() ? Math.round(rows.asDouble()) : 0;
    }
}
