package org.daftar.data.migration;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * How to migrate.
 *
 * <pre>{@code
 * MigrationOptions.defaults();                                        // safe steps only
 * MigrationOptions.defaults().forced().purging("support.ticket.fax"); // what `migrate --force --purge support.ticket.fax` does
 * }</pre>
 *
 * @param force apply steps that are refused unless forced (narrowing, removing); their data checks
 *     still have to pass
 * @param purge what to drop for good: {@code app.entity} or {@code app.entity.field} of archived
 *     (or removed) entities and fields
 * @param appliedBy who applies the plan, for the record ({@code user@host})
 */
public record MigrationOptions(boolean force, Set<String> purge, String appliedBy) {

    public MigrationOptions {
        purge = Set.copyOf(purge);
    }

    /** Safe steps only, applied by this process's user on this host. */
    public static MigrationOptions defaults() {
        return new MigrationOptions(false, Set.of(), userAtHost());
    }

    public MigrationOptions forced() {
        return new MigrationOptions(true, purge, appliedBy);
    }

    public MigrationOptions purging(String... items) {
        return new MigrationOptions(force, Set.of(items), appliedBy);
    }

    public MigrationOptions purging(Set<String> items) {
        return new MigrationOptions(force, items, appliedBy);
    }

    private static String userAtHost() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String who = System.getProperty("user.name", "daftar") + "@" + host;
        return who.length() <= 100 ? who : who.substring(0, 100);
    }
}
