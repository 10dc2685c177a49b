package org.daftar.query;

import java.util.List;
import java.util.Map;
import org.daftar.query.model.Query;

/** A query of the corpus with the hand-written SQL that must give the same rows. */
record Case(String name, Query query, Map<String, Object> params, String handSql, List<Object> handValues) {

    static Case of(String name, Query query, String handSql, Object... handValues) {
        return new Case(name, query, Map.of(), handSql, List.of(handValues));
    }

    Case with(Map<String, Object> parameters) {
        return new Case(name, query, parameters, handSql, handValues);
    }

    @Override
    public String toString() {
        return name;
    }
}
