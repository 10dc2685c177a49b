package org.daftar.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daftar.app.DaftarSpringTest;
import org.daftar.security.audit.AccessAudit;
import org.daftar.security.audit.AccessEvent;
import org.daftar.security.audit.AccessRecord;
import org.daftar.security.user.LoginAttempts;
import org.daftar.security.user.UserDraft;
import org.daftar.security.user.UserStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Signing in checks the bcrypt hash, locks an account after five failures, and is audited. */
class SignInTest extends DaftarSpringTest {

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    UserStore users;

    @Autowired
    LoginAttempts attempts;

    @Autowired
    AccessAudit audit;

    @Test
    void theRightPasswordSignsInWithTheUsersRolesAndIsAudited() {
        users.create(new UserDraft("huda", "Huda", null, "huda-password", true, Set.of("manager", "shop.buyer"), Map.of()));

        Authentication signedIn = authentication.authenticate(password("huda", "huda-password"));

        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .filteredOn(name -> name.startsWith("ROLE_")).containsExactlyInAnyOrder("ROLE_MANAGER", "ROLE_shop.buyer");
        assertThat(events("huda")).containsExactly(AccessEvent.LOGIN);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        users.create(new UserDraft("omar", "Omar", null, "omar-password", true, Set.of("staff"), Map.of()));

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> authentication.authenticate(password("omar", "guess"))).isInstanceOf(
                    BadCredentialsException.class);
        }
        assertThatThrownBy(() -> authentication.authenticate(password("omar", "omar-password")))
                .isInstanceOf(LockedException.class);
        assertThat(events("omar")).containsExactly(AccessEvent.LOGIN_FAILED, AccessEvent.ACCOUNT_LOCKED,
                AccessEvent.LOGIN_FAILED, AccessEvent.LOGIN_FAILED, AccessEvent.LOGIN_FAILED, AccessEvent.LOGIN_FAILED,
                AccessEvent.LOGIN_FAILED);

        attempts.unlock("omar");
        assertThat(authentication.authenticate(password("omar", "omar-password")).isAuthenticated()).isTrue();
    }

    @Test
    void aDisabledUserCannotSignIn() {
        users.create(new UserDraft("gone", "Gone", null, "gone-password", false, Set.of("staff"), Map.of()));

        assertThatThrownBy(() -> authentication.authenticate(password("gone", "gone-password")))
                .isInstanceOf(DisabledException.class);
    }

    private static UsernamePasswordAuthenticationToken password(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    /** The user's audited events, newest first. */
    private List<AccessEvent> events(String username) {
        return audit.recent(200).stream().filter(entry -> entry.username().equals(username)).map(AccessRecord::event)
                .toList();
    }
}
