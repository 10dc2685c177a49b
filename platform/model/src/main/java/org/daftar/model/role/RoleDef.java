package org.daftar.model.role;

import java.util.List;
import org.daftar.model.LocalizedText;
import org.daftar.model.SourceRef;

/**
 * A role an admin defines; {@code basedOn} names a built-in role ({@code admin}, {@code manager},
 * {@code staff}) whose rights it starts from, or is {@code null}.
 */
public record RoleDef(
        String appId, String id, LocalizedText label, String basedOn, List<PermissionDef> permissions, SourceRef at) {

    /** The roles every installation has. */
    public static final List<String> BUILT_IN = List.of("admin", "manager", "staff");

    public RoleDef {
        permissions = List.copyOf(permissions);
    }
}
