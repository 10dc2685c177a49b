package org.daftar.query.model;

import org.daftar.model.report.GroupDef.Bucket;

/** A grouping key: a field path, cut into date buckets when {@code bucket} is given. */
public record Group(String field, Bucket bucket, String as) {
    public static Group of(String field) {
        return new Group(field, null, field);
    }

    public static Group of(String field, Bucket bucket, String as) {
        return new Group(field, bucket, as);
    }
}
