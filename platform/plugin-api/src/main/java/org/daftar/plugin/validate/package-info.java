/**
 * Record validators: rules a plugin adds to every write of the entities they apply to.
 *
 * <p>A validator runs after the record has passed its entity's JSON Schema and the field types'
 * own checks, on every path a record is written by: a form, an import, the API. Its messages are
 * shown next to the field they name, in the user's language; a message about no field in
 * particular is shown above the form.
 */
package org.daftar.plugin.validate;
