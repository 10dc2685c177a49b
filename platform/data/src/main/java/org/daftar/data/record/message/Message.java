package org.daftar.data.record.message;

import java.util.Locale;

/**
 * The catalogue: one message per kind of rule a record can break, in English and Arabic, with
 * {@code {name}} placeholders.
 *
 * <pre>{@code
 * Message.TOO_LONG.format(Locale.ENGLISH, "field", "SKU", "max", "20");
 * // "SKU must be at most 20 characters long."
 * }</pre>
 */
public enum Message {
    REQUIRED("{field} is required.", "{field} مطلوب."),
    NOT_TEXT("{field} must be a text.", "يجب أن يكون {field} نصاً."),
    NOT_INTEGER("{field} must be a whole number.", "يجب أن يكون {field} عدداً صحيحاً."),
    NOT_NUMBER("{field} must be a number.", "يجب أن يكون {field} رقماً."),
    NOT_BOOLEAN("{field} must be yes or no.", "يجب أن تكون قيمة {field} نعم أو لا."),
    NOT_DATE("{field} must be a date such as 2026-03-01.", "يجب أن يكون {field} تاريخاً مثل 2026-03-01."),
    NOT_DATE_TIME("{field} must be a date and time such as 2026-03-01T14:30.",
            "يجب أن يكون {field} تاريخاً ووقتاً مثل 2026-03-01T14:30."),
    NOT_TIME("{field} must be a time of day such as 14:30.", "يجب أن يكون {field} وقتاً مثل 14:30."),
    NOT_LIST("{field} must be a list.", "يجب أن يكون {field} قائمة."),
    NOT_REFERENCE("{field} must name a record by its id.", "يجب أن يشير {field} إلى سجل برقمه."),
    NOT_FILE("{field} must describe a file (its name, type and size).", "يجب أن يصف {field} ملفاً (اسمه ونوعه وحجمه)."),
    TOO_LONG("{field} must be at most {max} characters long.", "يجب ألا يزيد طول {field} على {max} حرفاً."),
    TOO_SHORT("{field} must be at least {min} characters long.", "يجب ألا يقل طول {field} عن {min} أحرف."),
    PATTERN("{field} '{value}' is not in the expected form.", "قيمة {field} '{value}' ليست بالصيغة المطلوبة."),
    PHONE("{field} may hold only digits, spaces and + - ( ).", "لا يقبل {field} إلا الأرقام والمسافات و + - ( )."),
    EMAIL("{field} '{value}' is not a valid e-mail address.", "{field} '{value}' ليس عنوان بريد إلكتروني صحيحاً."),
    URL("{field} '{value}' is not a valid web address.", "{field} '{value}' ليس عنوان ويب صحيحاً."),
    BELOW_MIN("{field} must be at least {min}.", "يجب ألا يقل {field} عن {min}."),
    ABOVE_MAX("{field} must be at most {max}.", "يجب ألا يزيد {field} على {max}."),
    DATE_BEFORE_MIN("{field} must be on or after {min}.", "يجب أن يكون {field} في {min} أو بعده."),
    DATE_AFTER_MAX("{field} must be on or before {max}.", "يجب أن يكون {field} في {max} أو قبله."),
    NOT_AN_OPTION("{field}: '{value}' is not one of the options ({options}).",
            "{field}: القيمة '{value}' ليست من الخيارات المتاحة ({options})."),
    CHOSEN_TWICE("{field} has the same choice twice.", "يتضمن {field} الخيار نفسه مرتين."),
    TOO_FEW_LINES("{field} needs at least {min} line(s).", "يجب أن يحتوي {field} على {min} بند على الأقل."),
    TOO_MANY_LINES("{field} may have at most {max} lines.", "لا يجوز أن يحتوي {field} على أكثر من {max} بنداً."),
    UNKNOWN_FIELD("{entity} has no field '{name}'.", "لا يوجد حقل باسم '{name}' في {entity}."),
    INVALID("{field} is not valid: {detail}", "{field} غير صالح: {detail}"),
    FILE_TOO_LARGE("{field}: the file '{name}' is larger than {max}.", "{field}: حجم الملف '{name}' أكبر من {max}."),
    FILE_NOT_ACCEPTED("{field}: the file '{name}' is not of an accepted type ({accept}).",
            "{field}: نوع الملف '{name}' غير مقبول ({accept})."),
    RULE_NOT_MET("The rule '{rule}' is not met.", "القاعدة '{rule}' غير متحققة."),
    FIELD_PROBLEM("{field}: {problem}", "{field}: {problem}"),
    UNIQUE("Another {entity} already has the {fields} '{values}'.", "{fields} '{values}' مستخدم في سجل {entity} آخر."),
    UNIQUE_RACE("Another {entity} took one of these unique values at the same moment: save again.",
            "أخذ سجل {entity} آخر إحدى هذه القيم الفريدة في اللحظة نفسها: احفظ مرة أخرى."),
    NO_SUCH_RECORD("{field}: there is no {entity} with the id {id}.", "{field}: لا يوجد {entity} بالرقم {id}."),
    DELETED_RECORD("{field}: the {entity} with the id {id} has been deleted.", "{field}: {entity} رقم {id} محذوف."),
    LINE("{field} (line {line})", "{field} (البند {line})"),
    AND(" and ", " و"),
    COMMA(", ", "، "),
    SEMICOLON("; ", "؛ "),
    CHANGED_BY("{user} changed {fields} at {at}", "عدّل {user} {fields} في {at}"),
    DELETED_BY("{user} deleted it at {at}", "حذفه {user} في {at}"),
    RESTORED_BY("{user} restored it at {at}", "استعاده {user} في {at}"),
    STALE("This {entity} was changed after you opened it: {changes}. "
            + "Nothing was saved: reload it and make your changes again.",
            "تم تعديل هذا السجل ({entity}) بعد أن فتحته: {changes}. "
            + "لم يُحفظ شيء: أعد تحميله ثم أدخل تعديلاتك من جديد."),
    NOT_FOUND("There is no {entity} with the id {id}.", "لا يوجد {entity} بالرقم {id}."),
    IS_DELETED("This {entity} was deleted by {user} at {at}: restore it before changing it.",
            "هذا السجل ({entity}) حذفه {user} في {at}: استعده قبل تعديله."),
    NOT_DELETED("This {entity} is not deleted, so there is nothing to restore.",
            "هذا السجل ({entity}) غير محذوف، فلا يوجد ما يُستعاد.");

    private final String english;
    private final String arabic;

    Message(String english, String arabic) {
        this.english = english;
        this.arabic = arabic;
    }

    /** The template in {@code locale}'s language: Arabic for {@code ar}, English otherwise. */
    public String template(Locale locale) {
        return isArabic(locale) ? arabic : english;
    }

    /**
     * The message with its placeholders filled ({@code names} and values alternate); in English, a
     * label that starts it starts with a capital.
     */
    public String format(Locale locale, String... namesAndValues) {
        String text = template(locale);
        boolean label = text.startsWith("{field}") || text.startsWith("{entity}");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        if (label && !isArabic(locale) && !text.isEmpty() && Character.isLowerCase(text.charAt(0))) {
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    static boolean isArabic(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage());
    }
}
