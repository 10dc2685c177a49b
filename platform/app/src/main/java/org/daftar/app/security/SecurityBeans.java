package org.daftar.app.security;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.daftar.app.schema.DefinitionsSchema;
import org.daftar.data.record.RecordService;
import org.daftar.model.Definitions;
import org.daftar.query.QueryEngine;
import org.daftar.query.SqlMode;
import org.daftar.query.schema.Catalog;
import org.daftar.security.access.SecuredQueries;
import org.daftar.security.access.SecuredRecords;
import org.daftar.security.audit.AccessAudit;
import org.daftar.security.policy.PolicyEngine;
import org.daftar.security.user.LoginAttempts;
import org.daftar.security.user.PasswordHashing;
import org.daftar.security.user.UserStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The security module's objects as beans: users, lockout ({@code daftar.security.max-failed-logins},
 * default 5; {@code daftar.security.lock-minutes}, default 15), the access audit, the policy engine
 * over the loaded definitions, and the secured facades every screen goes through.
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

    @Bean
    PolicyEngine policyEngine(Definitions definitions) {
        return new PolicyEngine(definitions);
    }

    @Bean
    SecuredRecords securedRecords(RecordService recordService, QueryEngine queryEngine, PolicyEngine policyEngine) {
        return new SecuredRecords(recordService, queryEngine, policyEngine);
    }

    @Bean
    SqlMode sqlMode(DataSource dataSource, Catalog queryCatalog, DefinitionsSchema definitionsSchema,
            @Value("${daftar.sql-mode.timeout-seconds:30}") long timeoutSeconds) {
        return new SqlMode(dataSource, queryCatalog, Duration.ofSeconds(timeoutSeconds));
    }

    @Bean
    SecuredQueries securedQueries(QueryEngine queryEngine, SqlMode sqlMode, PolicyEngine policyEngine, AccessAudit accessAudit) {
        return new SecuredQueries(queryEngine, sqlMode, policyEngine, accessAudit);
    }
}
