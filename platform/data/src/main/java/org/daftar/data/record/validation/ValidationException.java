package org.daftar.data.record.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A write was refused because the record breaks its rules; nothing was saved. The messages say
 * what is wrong, field by field, in the language of the user who wrote.
 *
 * <pre>{@code
 * try {
 *     records.create("shop.product", Map.of("sku", "P-1", "name", "Tea"), context);
 * } catch (ValidationException e) {
 *     e.messages();   // [FieldMessage[field=sku, line=null, message=Another product already has the SKU 'P-1'.]]
 * }
 * }</pre>
 */
public final class ValidationException extends RuntimeException {

    private final List<FieldMessage> messages;

    public ValidationException(List<FieldMessage> messages) {
        super(messages.stream().map(FieldMessage::toString).collect(Collectors.joining("\n")));
        this.messages = List.copyOf(messages);
    }

    public List<FieldMessage> messages() {
        return messages;
    }
}
