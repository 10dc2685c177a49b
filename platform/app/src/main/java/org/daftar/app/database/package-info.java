/**
 * The database. With {@code spring.datasource.url} set (env {@code SPRING_DATASOURCE_URL}, with
 * {@code SPRING_DATASOURCE_USERNAME} and {@code SPRING_DATASOURCE_PASSWORD}) Daftar uses that
 * PostgreSQL through Spring Boot's own configuration and starts nothing. Without it,
 * {@link org.daftar.app.database.EmbeddedDatabaseConfiguration} starts a real PostgreSQL from
 * embedded binaries whose data is kept in {@code ${daftar.data-dir}/postgres}.
 */
package org.daftar.app.database;
