/**
 * The definitions' tables at start-up. After Flyway has run the platform's own migrations and the
 * definitions are loaded, {@link org.daftar.app.schema.SchemaConfiguration} plans what the
 * database needs to match them and applies a safe plan (logging each step in words); an unsafe
 * plan (narrowing, removing) stops the start with the plan and the command to run
 * ({@link org.daftar.app.schema.UnsafeSchemaChangeFailureAnalyzer}). The bean
 * {@code definitionsSchema} ({@link org.daftar.app.schema.DefinitionsSchema}) exists once the
 * tables match the definitions: whatever reads or writes records depends on it.
 */
package org.daftar.app.schema;
