package org.daftar.plugin.action;

import org.daftar.model.LocalizedText;
import org.daftar.model.entity.EntityDef;

/**
 * A button on a record, added by a plugin.
 *
 * <p>Example, mark an invoice as sent:
 *
 * <pre>{@code
 * public final class MarkSent implements RecordAction {
 *     public String id() { return "mark-sent"; }
 *     public LocalizedText label() { return LocalizedText.of("Mark as sent", "تحديد كمرسلة"); }
 *     public boolean appliesTo(EntityDef entity) { return entity.field("sent_on").isPresent(); }
 *     public ActionResult run(ActionContext context) {
 *         if (context.record().get("sent_on") != null) {
 *             return ActionResult.failed(LocalizedText.of("Already sent", "أُرسلت من قبل"));
 *         }
 *         return ActionResult.changed(Map.of("sent_on", LocalDate.now()),
 *                 LocalizedText.of("Marked as sent", "حُدّدت كمرسلة"));
 *     }
 * }
 * }</pre>
 */
public interface RecordAction {

    /** The action's id, unique among all plugins' actions, lower case: {@code mark-sent}. */
    String id();

    /** The button's text. */
    LocalizedText label();

    /** True when records of {@code entity} get this button. */
    boolean appliesTo(EntityDef entity);

    /**
     * Does the action on one record. Runs on the server, in the user's request: an action that
     * takes long should start the work elsewhere and say so in its result.
     */
    ActionResult run(ActionContext context);
}
