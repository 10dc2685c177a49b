package org.daftar.ui.runtime;

import java.time.Instant;
import java.util.Objects;
import org.daftar.data.record.RecordService;
import org.daftar.model.Definitions;
import org.daftar.query.QueryEngine;
import org.daftar.query.SqlMode;
import org.daftar.query.schema.Catalog;
import org.daftar.security.access.SecuredQueries;
import org.daftar.security.access.SecuredRecords;
import org.daftar.security.policy.PolicyEngine;

/**
 * One published set of definitions and the services built for exactly them. Never changed: a
 * publish builds a new snapshot ({@link RuntimeFactory}) and swaps it into the {@link RuntimeHolder}.
 *
 * @param version which published version these definitions are
 * @param definitions the apps, entities, forms, lists, reports and roles
 * @param catalog the query engine's view of the entities
 * @param queries reads for lists, lookups, reports and exports
 * @param records writes, and reads of a record by id
 * @param policy who may do what, from the definitions' roles
 * @param securedRecords {@code records} under {@code policy}
 * @param securedQueries {@code queries} and {@code sqlMode} under {@code policy}
 * @param sqlMode read-only SQL over the entities
 */
public record RuntimeSnapshot(Version version, Definitions definitions, Catalog catalog, QueryEngine queries,
        RecordService records, PolicyEngine policy, SecuredRecords securedRecords, SecuredQueries securedQueries,
        SqlMode sqlMode) {

    public RuntimeSnapshot {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(definitions, "definitions");
    }

    /** The same definitions and services, as version {@code published}: built before publishing, numbered after. */
    public RuntimeSnapshot withVersion(Version published) {
        return new RuntimeSnapshot(published, definitions, catalog, queries, records, policy, securedRecords, securedQueries,
                sqlMode);
    }

    /**
     * A published version of the definitions.
     *
     * @param number 1, 2, ...; 0 for definitions never published (tests)
     * @param publishedAt when it was published
     * @param checksum the SHA-256 of its files (hex), empty when unknown
     */
    public record Version(long number, Instant publishedAt, String checksum) {

        /** For definitions that were not published (tests, benchmarks). */
        public static final Version UNPUBLISHED = new Version(0, Instant.EPOCH, "");

        public Version {
            Objects.requireNonNull(publishedAt, "publishedAt");
            Objects.requireNonNull(checksum, "checksum");
        }
    }
}
