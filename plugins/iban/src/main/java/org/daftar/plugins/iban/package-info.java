/**
 * The IBAN plugin: the field type {@code iban}, an International Bank Account Number (ISO 13616).
 *
 * <p>A definition uses it like any built-in type:
 *
 * <pre>
 * fields:
 *   - id: f7
 *     name: supplier_iban
 *     type: iban
 *     label: {en: IBAN, ar: رقم الآيبان}
 * </pre>
 *
 * <p>An IBAN is stored as text without spaces, in upper case ({@code SA0380000000608010167519}),
 * and shown in groups of four ({@code SA03 8000 0000 6080 1016 7519}); see {@link
 * org.daftar.plugins.iban.Iban}. A value is accepted when its country uses IBANs, it has that
 * country's length and layout, and its check digits are right ({@link
 * org.daftar.plugins.iban.IbanFieldType}); people type it in an {@link
 * org.daftar.plugins.iban.IbanField}, which accepts spaces, lower case and Arabic-Indic digits.
 */
package org.daftar.plugins.iban;
