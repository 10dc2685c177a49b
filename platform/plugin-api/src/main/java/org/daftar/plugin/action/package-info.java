/**
 * Record actions: buttons a plugin adds to the records of the entities they apply to, e.g.
 * "Send reminder" on an invoice or "Verify with the bank" on a supplier.
 *
 * <p>An action gets the record, the user and the user's locale ({@link
 * org.daftar.plugin.action.ActionContext}) and answers with an {@link
 * org.daftar.plugin.action.ActionResult}: a message for the user and, if any, changes to the
 * record. Daftar writes those changes the way it writes a form: with the user's permissions,
 * validation and audit, so an action can never do more than the user could by hand.
 */
package org.daftar.plugin.action;
