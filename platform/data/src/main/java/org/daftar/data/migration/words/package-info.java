/**
 * A migration plan in people's words, in English and Arabic. A step, a refusal reason, a data
 * check's problem and remedy each carry {@link org.daftar.data.migration.words.Words}: a message
 * key and its arguments (names of entities and fields, numbers), with no language in them.
 * {@link org.daftar.data.migration.words.PlanWords} says them in a {@link java.util.Locale} from
 * {@code messages_en.properties} and {@code messages_ar.properties} beside it. Names stay as the
 * definitions write them, in quotes, in both languages.
 */
package org.daftar.data.migration.words;
