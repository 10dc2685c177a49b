package org.daftar.data.record;

import java.util.Locale;
import java.util.Objects;

/**
 * Who is writing, in which language they read messages, why (optional, kept in the audit) and,
 * when the record comes from a form, which form (its {@code requiredWhen} rules and defaults
 * then apply).
 *
 * <pre>{@code
 * WriteContext sara = WriteContext.of("sara", Locale.forLanguageTag("ar"));
 * records.update("shop.product", 12, changes, sara.because("New price list"));
 * records.create("shop.sales_order", order, sara.throughForm("sales_order"));
 * }</pre>
 *
 * @param user the user name, recorded as created_by/updated_by and in the audit (at most 100 characters)
 * @param locale the language of the messages: Arabic for {@code ar}, English otherwise
 * @param reason why the write is made, or {@code null}
 * @param form the id of the form the record was entered with (in the entity's app), or {@code null}
 */
public record WriteContext(String user, Locale locale, String reason, String form) {

    public WriteContext {
        Objects.requireNonNull(user, "user");
        if (user.isBlank() || user.length() > 100) {
            throw new IllegalArgumentException("A write needs a user name of 1 to 100 characters, not '" + user + "'");
        }
        locale = locale != null ? locale : Locale.ENGLISH;
    }

    public static WriteContext of(String user, Locale locale) {
        return new WriteContext(user, locale, null, null);
    }

    /** The same writer, giving a reason for the audit. */
    public WriteContext because(String why) {
        return new WriteContext(user, locale, why, form);
    }

    /** The same writer, entering the record with the form {@code formId}. */
    public WriteContext throughForm(String formId) {
        return new WriteContext(user, locale, reason, formId);
    }
}
