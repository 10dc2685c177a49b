package org.daftar.security.access;

import java.util.Locale;
import org.daftar.model.Definitions;
import org.daftar.model.LocalizedText;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.role.PermissionDef.Action;

/** The refusals, in Arabic and English, naming the entity and field by their labels. */
final class Refusals {

    private final Definitions definitions;

    Refusals(Definitions definitions) {
        this.definitions = definitions;
    }

    AccessDeniedException action(String entity, Action action, Locale locale) {
        return refuse(locale, "You may not " + verb(action, false) + " records of " + label(entity, locale) + ".",
                "لا يحق لك " + verb(action, true) + " سجلات " + label(entity, locale) + ".");
    }

    AccessDeniedException record(String entity, Action action, Locale locale) {
        return refuse(locale, "You may not " + verb(action, false) + " this record of " + label(entity, locale) + ".",
                "لا يحق لك " + verb(action, true) + " هذا السجل من " + label(entity, locale) + ".");
    }

    AccessDeniedException field(String entity, String field, Locale locale) {
        String name = fieldLabel(entity, field, locale);
        return refuse(locale, "You may not set the field '" + name + "' of " + label(entity, locale) + ".",
                "لا يحق لك تعديل الحقل '" + name + "' في " + label(entity, locale) + ".");
    }

    AccessDeniedException createOutsideRows(Locale locale) {
        return refuse(locale, "You may only create records you can see.", "يمكنك إنشاء السجلات التي يحق لك رؤيتها فقط.");
    }

    AccessDeniedException changeOutsideRows(Locale locale) {
        return refuse(locale, "You may only save records so that you can still see them.",
                "يمكنك حفظ السجلات بحيث تبقى ظاهرة لك فقط.");
    }

    AccessDeniedException sqlMode(Locale locale) {
        return refuse(locale, "SQL mode is for administrators and managers.", "وضع SQL متاح لمديري النظام والمديرين فقط.");
    }

    AccessDeniedException query(String detail, Locale locale) {
        return refuse(locale, detail, "لا يحق لك قراءة بعض الحقول أو السجلات التي يطلبها هذا الاستعلام.");
    }

    String label(String entity, Locale locale) {
        return entityDef(entity).map(EntityDef::labelOrName).orElse(LocalizedText.of(entity)).in(locale);
    }

    String fieldLabel(String entity, String field, Locale locale) {
        return entityDef(entity).flatMap(def -> def.field(field)).map(f -> f.labelOrName().in(locale)).orElse(field);
    }

    private java.util.Optional<EntityDef> entityDef(String entity) {
        int dot = entity.indexOf('.');
        return dot < 0 ? java.util.Optional.empty() : definitions.entity(entity.substring(0, dot), entity.substring(dot + 1));
    }

    private static AccessDeniedException refuse(Locale locale, String english, String arabic) {
        return new AccessDeniedException(isArabic(locale) ? arabic : english);
    }

    static boolean isArabic(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage());
    }

    private static String verb(Action action, boolean arabic) {
        return switch (action) {
            case CREATE -> arabic ? "إنشاء" : "create";
            case READ -> arabic ? "قراءة" : "read";
            case UPDATE -> arabic ? "تعديل" : "change";
            case DELETE -> arabic ? "حذف" : "delete";
            case EXPORT -> arabic ? "تصدير" : "export";
            case IMPORT -> arabic ? "استيراد" : "import";
        };
    }
}
