package org.daftar.data.migration.step;

import java.util.List;
import java.util.Locale;
import org.daftar.data.migration.words.Words;

/**
 * One change of a migration plan, said in words for people (English or Arabic) and in the SQL that
 * makes it.
 *
 * <pre>{@code
 * Step step = new ChangeRequired(table, column, false, List.of());
 * step.words();                   // "Make 'email' on customer optional"
 * step.words(Locale.of("ar"));    // "جعل 'email' في customer اختيارياً"
 * step.sql();                     // [alter table "shop"."customer" alter column "email" drop not null]
 * }</pre>
 */
public sealed interface Step
        permits CreateSchema, AddEntity, ArchiveEntity, RestoreEntity, RenameEntity, PurgeEntity, AddField, AddSystemColumn,
                ArchiveField, RestoreField, RenameField, PurgeField, ChangeType, ChangeChecks, ChangeRequired, AddObject,
                DropObject, RenameObject, CannotApply {

    /** The change for people, in any language: {@code step.addField} with the field, its type and the entity. */
    Words wording();

    /** The change in English: {@code Add field 'channel' (choice: phone, email, walk-in) to ticket}. */
    default String words() {
        return wording().english();
    }

    /** The change in {@code locale}'s language (Arabic or English): {@code إضافة الحقل 'channel' (...) إلى ticket}. */
    default String words(Locale locale) {
        return wording().in(locale);
    }

    /** The exact statements, in order. */
    List<String> sql();

    /** A few lower-case words for the schema history: {@code add field channel to ticket}. */
    String brief();

    /** How risky the step is whatever the data; safe unless a step says otherwise. */
    default Risk risk() {
        return Risk.SAFE;
    }

    /** What must be true of the data for the step to run. */
    default List<DataCheck> dataChecks() {
        return List.of();
    }
}
