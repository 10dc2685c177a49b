package org.daftar.app.security;

import org.daftar.data.attachment.AttachmentStore;
import org.daftar.security.access.AccessDeniedException;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.ui.data.PolicyDataGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The data gateway of the running application: the policy engine's gateway, as the user Spring
 * Security has signed in, with the request's address in the access audit.
 */
@Component
public class SecuredDataGateway extends PolicyDataGateway {

    private final CurrentUser currentUser;

    public SecuredDataGateway(CurrentUser currentUser, RuntimeHolder runtime, ObjectProvider<AttachmentStore> attachments) {
        super(currentUser::context, runtime, attachments::getIfAvailable, RemoteAddress::current);
        this.currentUser = currentUser;
    }

    /** The signed-in name straight from Spring Security (no look-up in the user store). */
    @Override
    public String user() {
        return currentUser.username().orElseThrow(() -> new AccessDeniedException(
                "ar".equals(currentUser.locale().getLanguage()) ? "سجّل الدخول أولًا." : "Sign in first."));
    }
}
