package org.daftar.plugins.iban;

import org.daftar.model.LocalizedText;

/** What is wrong with an IBAN, in English and Arabic. */
final class IbanMessages {

    private static final String EXAMPLE = "SA03 8000 0000 6080 1016 7519";

    private IbanMessages() {
    }

    static LocalizedText notText() {
        return LocalizedText.of(
                "An IBAN is written as text, e.g. " + EXAMPLE,
                "يُكتب رقم الآيبان نصًا، مثل " + EXAMPLE);
    }

    static LocalizedText badCharacter(String character) {
        return LocalizedText.of(
                "An IBAN has only the letters A to Z and digits, not \"" + character + "\"",
                "لا يحتوي رقم الآيبان إلا على الحروف من A إلى Z والأرقام، وليس «" + character + "»");
    }

    static LocalizedText badStart() {
        return LocalizedText.of(
                "An IBAN starts with a two-letter country code and two check digits, e.g. SA03",
                "يبدأ رقم الآيبان برمز الدولة من حرفين ثم رقمَي التحقق، مثل SA03");
    }

    static LocalizedText unknownCountry(String code) {
        return LocalizedText.of(
                code + " is not the code of a country that uses IBANs",
                code + " ليس رمز دولة تستخدم أرقام الآيبان");
    }

    static LocalizedText wrongLength(IbanCountry country, int length) {
        return LocalizedText.of(
                capitalised(country.english()) + " IBAN has " + country.length()
                        + " characters, this one has " + length,
                "يتكون رقم الآيبان في " + country.arabic() + " من " + country.length()
                        + " خانة، وهذا الرقم من " + length);
    }

    static LocalizedText misfit(IbanCountry country, int index, char found) {
        boolean digit = country.expectsDigitAt(index);
        return LocalizedText.of(
                "Character " + (index + 1) + " of " + country.english() + " IBAN is "
                        + (digit ? "a digit" : "a letter") + ", not \"" + found + "\"",
                "الخانة " + (index + 1) + " في رقم الآيبان في " + country.arabic() + " "
                        + (digit ? "رقم" : "حرف") + "، وليست «" + found + "»");
    }

    static LocalizedText wrongCheckDigits() {
        return LocalizedText.of(
                "IBAN check digits are wrong: check for a typing mistake",
                "رقما التحقق في رقم الآيبان غير صحيحين: تأكد من عدم وجود خطأ في الكتابة");
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
