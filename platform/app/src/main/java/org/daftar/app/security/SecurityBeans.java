package org.daftar.app.security;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.daftar.security.audit.AccessAudit;
import org.daftar.security.user.LoginAttempts;
import org.daftar.security.user.PasswordHashing;
import org.daftar.security.user.UserStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The security module's objects as beans: users, lockout ({@code daftar.security.max-failed-logins},
 * default 5; {@code daftar.security.lock-minutes}, default 15) and the access audit. The policy
 * engine and the secured facades are built for each published set of definitions
 * ({@link org.daftar.ui.runtime.RuntimeSnapshot}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityBeans {

    @Bean
    PasswordHashing passwordHashing() {
        return new PasswordHashing();
    }

    @Bean
    UserStore userStore(DataSource dataSource, PasswordHashing passwordHashing) {
        return new UserStore(dataSource, passwordHashing);
    }

    @Bean
    LoginAttempts loginAttempts(UserStore userStore,
            @Value("${daftar.security.max-failed-logins:5}") int maxFailures,
            @Value("${daftar.security.lock-minutes:15}") long lockMinutes) {
        return new LoginAttempts(userStore, maxFailures, Duration.ofMinutes(lockMinutes), Clock.systemUTC());
    }

    @Bean
    AccessAudit accessAudit(DataSource dataSource) {
        return new AccessAudit(dataSource, Clock.systemUTC());
    }
}
