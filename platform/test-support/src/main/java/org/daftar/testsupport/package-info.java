/**
 * What Daftar's tests share, and what plugin authors test with: one real embedded PostgreSQL per
 * test JVM ({@link org.daftar.testsupport.TestPostgres}), from which each test class takes a fresh,
 * empty database ({@link org.daftar.testsupport.TestDatabase}).
 */
package org.daftar.testsupport;
