/**
 * The query engine of the running server: one {@link org.daftar.query.QueryEngine} over the
 * tables of the loaded definitions, warmed up at start so the first new query shape is fast.
 */
package org.daftar.app.query;
