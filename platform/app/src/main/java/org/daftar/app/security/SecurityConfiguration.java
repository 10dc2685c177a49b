package org.daftar.app.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.daftar.security.audit.AccessAudit;
import org.daftar.security.audit.AccessEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.daftar.security.user.PasswordHashing;

/**
 * Sign-in with Spring Security and Vaadin's integration: every view needs a signed-in user unless
 * it says {@code @AnonymousAllowed} (the login and setup views), a form login at {@code /login},
 * logout at {@code /logout} (audited), and the published definition schemas stay public. The
 * session ends after {@code server.servlet.session.timeout} (30 minutes by default) without a request.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccessAudit audit, AuthenticationManager authenticationManager)
            throws Exception {
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/schemas/**").permitAll());
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        // A signed-in user may request any address (a bookmarked list or record); which view it
        // shows is decided by Vaadin's navigation access control (@PermitAll, @RolesAllowed) and
        // every read and write by the policy engine.
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)
                .addLogoutHandler((request, response, authentication) -> {
                    if (authentication != null) {
                        audit.record(authentication.getName(), AccessEvent.LOGOUT, null, request.getRemoteAddr());
                    }
                }));
        return http.build();
    }

    /** Passwords checked against the stored bcrypt hashes; every success and failure is published (lockout, audit). */
    @Bean
    AuthenticationManager authenticationManager(DaftarUserDetailsService users, PasswordHashing hashing,
            AuthenticationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(hashing.encoder());
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
