package org.daftar.data.record.message;

import java.util.List;
import java.util.Locale;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;

/** Names of fields and entities as people read them in a sentence, in their language. */
public final class Labels {

    private Labels() {}

    /** The field's label in {@code locale}'s language ({@code "Unit price"}, {@code "سعر الوحدة"}). */
    public static String field(FieldDef field, Locale locale) {
        return field.labelOrName().in(locale);
    }

    /** The field's label, with the line it is on when it is a field of a line: {@code "Quantity (line 2)"}. */
    public static String field(FieldDef field, Integer line, Locale locale) {
        String label = field(field, locale);
        return line == null ? label : Message.LINE.format(locale, "field", label, "line", String.valueOf(line + 1));
    }

    /**
     * The entity's label inside a sentence: {@code "product"} for {@code "Product"} in English
     * (an acronym such as {@code "VAT return"} keeps its capitals), the label itself in Arabic.
     */
    public static String entity(EntityDef entity, Locale locale) {
        return inSentence(entity.labelOrName().in(locale), locale);
    }

    /** The field's label inside a sentence: {@code "unit price"}, but {@code "SKU"}. */
    public static String fieldInSentence(FieldDef field, Locale locale) {
        return inSentence(field(field, locale), locale);
    }

    private static String inSentence(String label, Locale locale) {
        if (Message.isArabic(locale) || label.length() < 2 || !Character.isUpperCase(label.charAt(0))
                || Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** Words joined as a list: {@code "SKU, name and price"}, {@code "رمز الصنف، الاسم والسعر"}. */
    public static String joined(List<String> words, Locale locale) {
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.getFirst();
        }
        String and = Message.AND.template(locale);
        return listed(words.subList(0, words.size() - 1), locale) + and + words.getLast();
    }

    /** Words separated by commas: {@code "Central, West"}, {@code "الوسطى، الغربية"}. */
    public static String listed(List<String> words, Locale locale) {
        return String.join(Message.COMMA.template(locale), words);
    }
}
