package org.daftar.app.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.daftar.ui.shell.SignOut;
import org.springframework.stereotype.Component;

/** "Sign out" in the shell: Spring Security's logout (session ended, audited), then the login page. */
@Component
class SpringSignOut implements SignOut {

    private final AuthenticationContext authentication;

    SpringSignOut(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void signOut() {
        authentication.logout();
    }
}
