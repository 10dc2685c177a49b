package org.daftar.security.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.daftar.data.migration.PlatformMigrations;
import org.daftar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCrypt;

/** Users are kept with roles and attributes, and their passwords only as bcrypt hashes. */
class UserStoreTest {

    static final TestDatabase DB = migrated();
    final UserStore users = new UserStore(DB.dataSource(), new PasswordHashing(4));

    @Test
    void aPasswordIsStoredOnlyAsABcryptHashThatVerifies() {
        users.create(new UserDraft("huda", "Huda Saleh", "huda@example.com", "correct horse battery", true,
                Set.of("staff"), Map.of()));

        String stored = (String) DB.queryValue("select password_hash from daftar_user where username = 'huda'");
        assertThat(stored).startsWith("$2a$").doesNotContain("correct horse battery");
        assertThat(BCrypt.checkpw("correct horse battery", stored)).isTrue();
        assertThat(BCrypt.checkpw("correct horse batterY", stored)).isFalse();
        assertThat(DB.queryValue("select count(*) from daftar_user where password_hash like '%horse%'")).isEqualTo(0L);
    }

    @Test
    void twoUsersWithTheSamePasswordGetDifferentHashes() {
        users.create(new UserDraft("twin1", null, null, "same-password", true, Set.of(), Map.of()));
        users.create(new UserDraft("twin2", null, null, "same-password", true, Set.of(), Map.of()));

        assertThat(users.passwordHash("twin1")).isNotEqualTo(users.passwordHash("twin2"));
    }

    @Test
    void rolesAndAttributesAreKeptPerApp() {
        User created = users.create(new UserDraft("karim", "Karim", null, "k-password-1", true,
                Set.of("staff", "hr.department_manager"), Map.of("hr", Map.of("department", "12"))));

        User read = users.find("karim").orElseThrow();
        assertThat(read.roles()).containsExactly("hr.department_manager", "staff");
        assertThat(read.attributes()).isEqualTo(Map.of("hr", Map.of("department", "12")));
        assertThat(read.id()).isEqualTo(created.id());

        users.update(created.id(), new UserDraft("karim", "Karim A.", "k@example.com", null, true, Set.of("manager"),
                Map.of()));
        assertThat(users.find("karim").orElseThrow().roles()).containsExactly("manager");
        assertThat(users.find("karim").orElseThrow().attributes()).isEmpty();
        assertThat(new PasswordHashing(4).matches("k-password-1", users.passwordHash("karim").orElseThrow())).isTrue();
    }

    @Test
    void aShortPasswordOrATakenNameIsRefused() {
        assertThatThrownBy(() -> users.create(new UserDraft("shorty", null, null, "1234567", true, Set.of(), Map.of())))
                .hasMessage("A password needs at least 8 characters.");
        users.create(new UserDraft("taken", null, null, "long-enough", true, Set.of(), Map.of()));
        assertThatThrownBy(() -> users.create(new UserDraft("taken", null, null, "long-enough", true, Set.of(), Map.of())))
                .hasMessage("The user name 'taken' is taken.");
    }

    @Test
    void anAdminExistsOnlyOnceAnEnabledUserHasTheAdminRole() {
        TestDatabase fresh = migrated();
        UserStore store = new UserStore(fresh.dataSource(), new PasswordHashing(4));
        assertThat(store.hasAdmin()).isFalse();
        store.create(new UserDraft("off", null, null, "long-enough", false, Set.of("admin"), Map.of()));
        assertThat(store.hasAdmin()).isFalse();
        store.create(new UserDraft("root", null, null, "long-enough", true, Set.of("admin"), Map.of()));
        assertThat(store.hasAdmin()).isTrue();
        fresh.close();
    }

    static TestDatabase migrated() {
        TestDatabase db = TestDatabase.create(2);
        PlatformMigrations.migrate(db.dataSource());
        return db;
    }
}
