/**
 * The query model: immutable records that say what to read, built from a report definition
 * ({@link org.daftar.query.model.ReportQueries}) or in code by screens
 * ({@link org.daftar.query.model.Query#from(String)}). Fields are paths: {@code customer.name}
 * follows a reference, {@code lines.quantity} the lines of a record.
 */
package org.daftar.query.model;
