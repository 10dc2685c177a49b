package org.daftar.query.model;

/** A value filled in when the query runs: {@code Param.of("since")}. */
public record Param(String id) {
    public static Param of(String id) {
        return new Param(id);
    }
}
