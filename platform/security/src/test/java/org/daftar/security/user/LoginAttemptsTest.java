package org.daftar.security.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.daftar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** Five failed sign-ins in a row lock an account for fifteen minutes; a success starts the count again. */
class LoginAttemptsTest {

    static final TestDatabase DB = UserStoreTest.migrated();
    final UserStore users = new UserStore(DB.dataSource(), new PasswordHashing(4));
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T09:00:00Z"));
    final LoginAttempts attempts = new LoginAttempts(users, 5, Duration.ofMinutes(15), clock);

    @Test
    void theFifthFailureLocksTheAccountForFifteenMinutes() {
        users.create(new UserDraft("omar", null, null, "omar-password", true, Set.of("staff"), Map.of()));

        for (int i = 1; i <= 4; i++) {
            assertThat(attempts.failed("omar")).as("failure %d", i).isFalse();
            assertThat(attempts.isLocked("omar")).isFalse();
        }
        assertThat(attempts.failed("omar")).isTrue();
        assertThat(attempts.isLocked("omar")).isTrue();
        assertThat(users.find("omar").orElseThrow().lockedUntil()).isEqualTo(Instant.parse("2026-11-27T09:15:00Z"));

        clock.now = Instant.parse("2026-11-27T09:14:59Z");
        assertThat(attempts.isLocked("omar")).isTrue();
        clock.now = Instant.parse("2026-11-27T09:15:01Z");
        assertThat(attempts.isLocked("omar")).isFalse();
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        users.create(new UserDraft("lina", null, null, "lina-password", true, Set.of("staff"), Map.of()));
        for (int i = 0; i < 4; i++) {
            attempts.failed("lina");
        }
        attempts.succeeded("lina");

        assertThat(attempts.failed("lina")).isFalse();
        assertThat(users.find("lina").orElseThrow().failedLogins()).isEqualTo(1);
    }

    @Test
    void anAdminCanUnlockAnAccount() {
        users.create(new UserDraft("zaid", null, null, "zaid-password", true, Set.of("staff"), Map.of()));
        for (int i = 0; i < 5; i++) {
            attempts.failed("zaid");
        }
        attempts.unlock("zaid");

        assertThat(attempts.isLocked("zaid")).isFalse();
    }

    @Test
    void failuresForAnUnknownNameLockNothing() {
        assertThat(attempts.failed("nobody")).isFalse();
        assertThat(attempts.isLocked("nobody")).isFalse();
    }

    static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
