package org.daftar.app.security;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Optional;
import org.daftar.security.access.AccessDeniedException;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.security.policy.UserContext;
import org.daftar.security.user.UserStore;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user of the current request, from Spring Security's context, as the policy engine
 * sees it: roles and attributes are read from the user store on each call, so a change an admin
 * makes applies at the user's next click.
 */
@Component
public class CurrentUser {

    private final UserStore users;
    private final RuntimeHolder runtime;

    public CurrentUser(UserStore users, RuntimeHolder runtime) {
        this.users = users;
        this.runtime = runtime;
    }

    /** The signed-in user's name, if someone is signed in. */
    public Optional<String> username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    /** The signed-in user for the policy; refused when nobody (or a disabled user) is signed in. */
    public UserContext context() {
        Locale locale = locale();
        String name = username().orElseThrow(() -> new AccessDeniedException(
                "ar".equals(locale.getLanguage()) ? "سجّل الدخول أولًا." : "Sign in first."));
        return users.find(name).filter(org.daftar.security.user.User::enabled)
                .map(user -> runtime.current().policy().context(user.username(), user.roles(), user.attributes(), locale))
                .orElseThrow(() -> new AccessDeniedException(
                        "ar".equals(locale.getLanguage()) ? "هذا الحساب غير مفعّل." : "This account is not enabled."));
    }

    /** The language of the current screen, English outside one. */
    public Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null && ui.getLocale() != null ? ui.getLocale() : Locale.ENGLISH;
    }
}
