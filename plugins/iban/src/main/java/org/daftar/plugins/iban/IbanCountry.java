package org.daftar.plugins.iban;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the IBANs of one country are written, from the ISO 13616 IBAN registry.
 *
 * @param code the ISO 3166 country code the IBANs start with: {@code SA}
 * @param layout one letter a character of the IBAN: {@code a} a letter, {@code n} a digit,
 *     {@code c} either; {@code aannnnccc…} for Saudi Arabia
 * @param english the English adjective with its article: {@code a Saudi}
 * @param arabic the country's Arabic name: {@code السعودية}
 */
record IbanCountry(String code, String layout, String english, String arabic) {

    private static final Pattern PART = Pattern.compile("(\\d+)!([nac])");

    /**
     * A country as the registry gives it.
     *
     * @param length how many characters its IBANs have: {@code 24}
     * @param bban the layout of the national part after the check digits, in the registry's
     *     notation: {@code 2!n18!c} is 2 digits then 18 letters or digits
     */
    static IbanCountry of(String code, int length, String bban, String english, String arabic) {
        String layout = "aann" + expand(bban);
        if (layout.length() != length) {
            throw new IllegalArgumentException(
                    "The BBAN " + bban + " of " + code + " does not make " + length + " characters");
        }
        return new IbanCountry(code, layout, english, arabic);
    }

    /** How many characters the country's IBANs have. */
    int length() {
        return layout.length();
    }

    /**
     * The index of the first character of {@code iban} (upper case, of the right length) that
     * does not fit where it is; -1 when every character fits.
     */
    int misfitAt(String iban) {
        for (int i = 0; i < layout.length() && i < iban.length(); i++) {
            if (!fits(layout.charAt(i), iban.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** True when a digit belongs at {@code index}, false when a letter (or either) does. */
    boolean expectsDigitAt(int index) {
        return layout.charAt(index) == 'n';
    }

    private static boolean fits(char kind, char c) {
        boolean digit = c >= '0' && c <= '9';
        boolean letter = c >= 'A' && c <= 'Z';
        return switch (kind) {
            case 'n' -> digit;
            case 'a' -> letter;
            default -> digit || letter;
        };
    }

    /** {@code 2!n3!a} as one letter a character: {@code nnaaa}. */
    private static String expand(String bban) {
        StringBuilder layout = new StringBuilder();
        Matcher part = PART.matcher(bban);
        int end = 0;
        while (part.find() && part.start() == end) {
            layout.append(part.group(2).repeat(Integer.parseInt(part.group(1))));
            end = part.end();
        }
        if (end != bban.length()) {
            throw new IllegalArgumentException("Not a BBAN layout: " + bban);
        }
        return layout.toString();
    }
}
