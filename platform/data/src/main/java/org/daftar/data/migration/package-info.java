/**
 * Definitions become tables, and evolve without losing data. {@link
 * org.daftar.data.migration.SchemaMigrator} compares the definitions ({@link
 * org.daftar.data.migration.desired.DesiredSchema}) with the live database and makes a {@link
 * org.daftar.data.migration.Plan}: numbered steps, each in words and in SQL, safe or refused with
 * the reason. Entities and fields are matched by their stable ids, so a changed name is a rename
 * that keeps the data; what the definitions no longer have is archived (kept, renamed aside,
 * hidden) until it is purged on request; narrowing and removing are refused unless forced;
 * conversions that could fail are checked against the data first.
 *
 * <p>A plan is applied in one transaction (PostgreSQL's DDL is transactional), under an advisory
 * lock so that two nodes starting together apply it once, and is recorded in Flyway's schema
 * history beside the platform's own migrations ({@link org.daftar.data.migration.PlatformMigrations}).
 *
 * <p>A plan says itself in English or Arabic ({@code words(Locale)}, {@code refusal(Locale)},
 * {@link org.daftar.data.migration.Plan#text(java.util.Locale)}); without a locale it is English,
 * as the command line, the logs and the schema history show it.
 *
 * <p>Sub-packages: {@code desired} (what the definitions want), {@code live} (what the database
 * holds), {@code planner} (the comparison), {@code step} (the kinds of change), {@code words} (the
 * steps and refusals in people's languages).
 */
package org.daftar.data.migration;
