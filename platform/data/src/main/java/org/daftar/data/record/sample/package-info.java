/**
 * Sample data: the records that come with the apps of {@code definitions/} ({@code data/*.yaml}),
 * loaded once, on the first start of an empty database, through the record service — so they are
 * validated, numbered, computed and audited like any record — in one transaction, referenced
 * entities first ({@link org.daftar.data.record.sample.SampleDataLoader}). References are written
 * as the natural key of the record referred to; lines are nested in their parent.
 */
package org.daftar.data.record.sample;
