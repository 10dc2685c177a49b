package org.daftar.app.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.daftar.security.audit.AccessAudit;
import org.daftar.security.audit.AccessEvent;
import org.daftar.security.user.User;
import org.daftar.security.user.UserDraft;
import org.daftar.security.user.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The one-time creation of the first admin. At start, when no admin exists, a random token is made
 * and printed on the console with the link to {@code /setup}; the setup page works only with that
 * token and only while there is no admin. Once the admin is created the token is void for good.
 */
@Component
public class FirstAdminSetup {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdminSetup.class);

    private final UserStore users;
    private final AccessAudit audit;
    private final Environment environment;
    private volatile String token;

    public FirstAdminSetup(UserStore users, AccessAudit audit, Environment environment) {
        this.users = users;
        this.audit = audit;
        this.environment = environment;
    }

    /** Makes the token and prints the link, when no admin exists. */
    @EventListener(ApplicationReadyEvent.class)
    public void atStart() {
        if (open()) {
            String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
            String path = environment.getProperty("server.servlet.context-path", "");
            LOG.info("No administrator yet. Create the first admin at http://localhost:{}{}/setup?token={}", port, path,
                    token);
        }
    }

    /** True while no admin exists: a token is ready (made now if needed). */
    public synchronized boolean open() {
        if (users.hasAdmin()) {
            token = null;
            return false;
        }
        if (token == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        return true;
    }

    /** True when {@code given} is the setup token and no admin exists yet. */
    public boolean accepts(String given) {
        String current = token;
        return given != null && current != null && !users.hasAdmin()
                && MessageDigest.isEqual(current.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Creates the first admin and voids the token.
     *
     * @throws IllegalStateException when the token is wrong or an admin already exists
     */
    public synchronized User createAdmin(String given, String username, String displayName, String email, String password,
            String remoteAddress) {
        if (!accepts(given)) {
            throw new IllegalStateException("This setup link is no longer valid.");
        }
        User admin = users.create(new UserDraft(username, displayName, email, password, true, Set.of("admin"), Map.of()));
        token = null;
        audit.record(username, AccessEvent.FIRST_ADMIN_CREATED, null, remoteAddress);
        return admin;
    }

    /** The current token, for this package's tests and the console line. */
    String token() {
        return token;
    }
}
