/**
 * The sample data of the definitions, loaded on the first start of an empty database, once the
 * tables match the definitions ({@link org.daftar.app.sampledata.SampleDataConfiguration}): a
 * newcomer's first {@code run} shows apps with records in them. Later starts find the marker row
 * and do nothing.
 */
package org.daftar.app.sampledata;
