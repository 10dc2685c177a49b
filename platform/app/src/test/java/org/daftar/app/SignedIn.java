package org.daftar.app;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs a user in for a screen test (after {@code MockVaadin.setup}): Spring Security's context
 * for the data gateway, and the fake request's principal and roles for Vaadin's view access
 * checks (STACK.md). Roles are given as stored: {@code admin}, {@code shop.clerk}.
 */
public final class SignedIn {

    private SignedIn() {}

    public static void as(String username, String... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
                .map(role -> new SimpleGrantedAuthority("ROLE_" + (role.contains(".") ? role : role.toUpperCase())))
                .toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        if (VaadinServletRequest.getCurrent() != null
                && VaadinServletRequest.getCurrent().getRequest() instanceof FakeRequest request) {
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> authorities.stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
        }
    }

    /** Nobody is signed in any more. */
    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
