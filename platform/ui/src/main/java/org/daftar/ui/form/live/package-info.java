/**
 * A form's values as expressions see them, while the user types: the scope rules, defaults and
 * computed fields are evaluated in ({@link org.daftar.ui.form.live.LiveScope}), the records its
 * references point to, read through the data gateway ({@link org.daftar.ui.form.live.ReferencedValues}),
 * and the record service's own computation of defaults and computed fields
 * ({@link org.daftar.ui.form.live.LiveRecords}), so that a form shows what a save will store.
 */
package org.daftar.ui.form.live;
