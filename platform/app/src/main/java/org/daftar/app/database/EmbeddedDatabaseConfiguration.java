package org.daftar.app.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.daftar.app.config.DaftarProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * With no {@code spring.datasource.url}, starts an embedded PostgreSQL in
 * {@code ${daftar.data-dir}/postgres} and points a Hikari pool at its database {@code daftar}.
 * The pool depends on the server, so Spring closes the pool first and stops the server after it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedDatabase.class)
public class EmbeddedDatabaseConfiguration {

    /** The database Daftar keeps its data in. */
    public static final String DATABASE = "daftar";

    /** Where the embedded server keeps its files, under the data folder. */
    public static final String FOLDER = "postgres";

    /** Starts after the definitions are checked, so that a mistake in them stops Daftar at once. */
    @Bean(destroyMethod = "close")
    @DependsOn("loadedDefinitions")
    EmbeddedPostgres embeddedPostgres(DaftarProperties properties) throws IOException {
        return EmbeddedDatabaseServer.start(properties.absoluteDataDir().resolve(FOLDER));
    }

    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(EmbeddedDatabaseServer.ensureDatabase(postgres, DATABASE));
        pool.setUsername(EmbeddedDatabaseServer.USER);
        pool.setPoolName("daftar");
        return pool;
    }
}
