/**
 * Reports: a source entity, joins along references (by field paths), filters, grouping with date
 * buckets, aggregates, computed columns and a chart. The query engine compiles them; this package
 * only says what they mean.
 */
package org.daftar.model.report;
