package org.daftar.designer.session;

/** A user who is not an admin asked the designer for something. */
public class DesignerAccessDeniedException extends SecurityException {

    public DesignerAccessDeniedException(String user) {
        super("Only admins may use the designer; " + (user == null || user.isBlank() ? "nobody" : user) + " is not one.");
    }
}
