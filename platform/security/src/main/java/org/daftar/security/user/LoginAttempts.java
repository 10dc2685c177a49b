package org.daftar.security.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Locks an account after repeated failed sign-ins: after {@code maxFailures} failures in a row
 * (5 by default) the account is locked for {@code lockFor} (15 minutes by default), even for the
 * right password; a successful sign-in resets the count.
 *
 * <pre>{@code
 * LoginAttempts attempts = new LoginAttempts(users, 5, Duration.ofMinutes(15), Clock.systemUTC());
 * if (attempts.isLocked("omar")) { ... refuse ... }
 * attempts.failed("omar");      // true when this failure locked the account
 * attempts.succeeded("omar");
 * }</pre>
 */
public final class LoginAttempts {

    private final UserStore users;
    private final int maxFailures;
    private final Duration lockFor;
    private final Clock clock;

    public LoginAttempts(UserStore users, int maxFailures, Duration lockFor, Clock clock) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("Lock after at least one failure, not " + maxFailures);
        }
        this.users = users;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
        this.clock = clock;
    }

    /** True while the user's account is locked. */
    public boolean isLocked(String username) {
        return users.find(username).map(user -> user.lockedAt(clock.instant())).orElse(false);
    }

    /** Counts a failed sign-in; returns true when it locks the account. */
    public boolean failed(String username) {
        int failures = users.addFailedLogin(username);
        if (failures >= maxFailures) {
            users.setLoginState(username, 0, clock.instant().plus(lockFor));
            return true;
        }
        return false;
    }

    /** A successful sign-in: the count of failures starts again. */
    public void succeeded(String username) {
        users.setLoginState(username, 0, null);
    }

    /** An admin lifts a lockout. */
    public void unlock(String username) {
        users.setLoginState(username, 0, null);
    }

    /** When a lockout that starts now would end. */
    public Instant lockEndFromNow() {
        return clock.instant().plus(lockFor);
    }
}
