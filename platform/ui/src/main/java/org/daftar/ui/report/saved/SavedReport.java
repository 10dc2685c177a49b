package org.daftar.ui.report.saved;

import java.time.OffsetDateTime;
import java.util.Set;
import org.daftar.model.report.ReportDef;

/**
 * A report a user built and saved.
 *
 * @param id the store's key; {@code null} before it is first saved
 * @param app the app the report's source belongs to
 * @param owner the user who saved it first: only the owner and admins change or share it
 * @param sharedRoles the roles whose users may open it
 * @param version for optimistic locking: a save of an older version is refused
 */
public record SavedReport(
        Long id, String app, String name, String owner, Set<String> sharedRoles, ReportDef definition,
        OffsetDateTime updatedAt, int version) {

    public SavedReport {
        sharedRoles = Set.copyOf(sharedRoles);
    }

    /** True when {@code user} with {@code roles} may open the report. */
    public boolean visibleTo(String user, Set<String> roles) {
        return owner.equals(user) || roles.contains("admin") || sharedRoles.stream().anyMatch(roles::contains);
    }

    /** True when {@code user} with {@code roles} may change, share or delete it. */
    public boolean editableBy(String user, Set<String> roles) {
        return owner.equals(user) || roles.contains("admin");
    }
}
