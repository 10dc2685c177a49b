package org.daftar.app.security;

import org.daftar.security.audit.AccessAudit;
import org.daftar.security.audit.AccessEvent;
import org.daftar.security.user.LoginAttempts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins towards a lockout and records every sign-in, failed sign-in and lockout
 * in the access audit.
 */
@Component
public class SignInEvents {

    private final LoginAttempts attempts;
    private final AccessAudit audit;

    public SignInEvents(LoginAttempts attempts, AccessAudit audit) {
        this.attempts = attempts;
        this.audit = audit;
    }

    @EventListener
    public void signedIn(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        attempts.succeeded(username);
        audit.record(username, AccessEvent.LOGIN, null, remoteAddress(event.getAuthentication()));
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String address = remoteAddress(event.getAuthentication());
        if (event.getException() instanceof LockedException) {
            audit.record(username, AccessEvent.LOGIN_FAILED, "account locked", address);
            return;
        }
        audit.record(username, AccessEvent.LOGIN_FAILED, reason(event), address);
        if (event.getException() instanceof BadCredentialsException && attempts.failed(username)) {
            audit.record(username, AccessEvent.ACCOUNT_LOCKED, "until " + attempts.lockEndFromNow(), address);
        }
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        return event.getException() instanceof BadCredentialsException ? "bad credentials"
                : event.getException().getClass().getSimpleName();
    }

    static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
