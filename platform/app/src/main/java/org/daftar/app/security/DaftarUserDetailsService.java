package org.daftar.app.security;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.daftar.security.user.User;
import org.daftar.security.user.UserStore;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Spring Security's view of Daftar's users: the stored bcrypt hash, disabled and locked accounts,
 * and one authority per role ({@code ROLE_ADMIN}, {@code ROLE_MANAGER}, {@code ROLE_STAFF},
 * {@code ROLE_hr.department_manager}), so that views can say {@code @RolesAllowed("ADMIN")}.
 */
@Service
public class DaftarUserDetailsService implements UserDetailsService {

    private final UserStore users;
    private final Clock clock = Clock.systemUTC();

    public DaftarUserDetailsService(UserStore users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        User user = users.find(username).orElseThrow(() -> new UsernameNotFoundException("No user " + username));
        String hash = users.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException("No user " + username));
        return org.springframework.security.core.userdetails.User.withUsername(user.username())
                .password(hash)
                .disabled(!user.enabled())
                .accountLocked(user.lockedAt(clock.instant()))
                .authorities(authorities(user))
                .build();
    }

    static List<SimpleGrantedAuthority> authorities(User user) {
        return user.roles().stream().map(DaftarUserDetailsService::authority).map(SimpleGrantedAuthority::new).toList();
    }

    /** {@code admin} is {@code ROLE_ADMIN}; a role of the definitions keeps its name. */
    static String authority(String role) {
        return "ROLE_" + (role.contains(".") ? role : role.toUpperCase(Locale.ROOT));
    }
}
