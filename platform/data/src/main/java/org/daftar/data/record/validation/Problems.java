package org.daftar.data.record.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.daftar.data.record.message.Labels;
import org.daftar.data.record.message.Message;
import org.daftar.model.entity.FieldDef;

/**
 * The messages a validation collects, at most one per field (of a line): the first thing found
 * wrong with a field is the one shown.
 */
public final class Problems {

    private final Locale locale;
    private final List<FieldMessage> messages = new ArrayList<>();
    private final Set<String> places = new HashSet<>();

    public Problems(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * Adds {@code message} about {@code field}, filling {@code {field}} with its label (and line).
     *
     * @param linesField the lines field the line belongs to, or {@code null} for a field of the record
     * @param line the line's index, or {@code null}
     */
    public void add(FieldDef field, String linesField, Integer line, Message message, String... namesAndValues) {
        String[] all = new String[namesAndValues.length + 2];
        all[0] = "field";
        all[1] = Labels.field(field, line, locale);
        System.arraycopy(namesAndValues, 0, all, 2, namesAndValues.length);
        addText(linesField == null ? field.name() : linesField + "." + field.name(), line, message.format(locale, all));
    }

    /** Adds a message already in words, at {@code field} ({@code null}: the record). */
    public void addText(String field, Integer line, String text) {
        if (field == null || places.add(field + "#" + line)) {
            messages.add(new FieldMessage(field, line, text));
        }
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public List<FieldMessage> messages() {
        return List.copyOf(messages);
    }

    /** Refuses the write when anything was found. */
    public void throwIfAny() {
        if (!messages.isEmpty()) {
            throw new ValidationException(messages);
        }
    }
}
