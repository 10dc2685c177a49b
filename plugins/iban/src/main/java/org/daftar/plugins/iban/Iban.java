package org.daftar.plugins.iban;

/**
 * IBANs as text: the stored form, the printed form and the check digits.
 *
 * <pre>{@code
 * Iban.normalise("sa03 8000 0000 6080 1016 7519")  // "SA0380000000608010167519"
 * Iban.format("SA0380000000608010167519")          // "SA03 8000 0000 6080 1016 7519"
 * }</pre>
 */
public final class Iban {

    private static final int GROUP = 4;

    private Iban() {
    }

    /**
     * The stored form of what someone typed or pasted: no spaces (of any kind), upper case, and
     * Arabic-Indic digits ({@code ٠١٢}) as ASCII digits. Anything else is kept, to be reported.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder iban = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                iban.append((char) ('0' + Character.digit(c, 10)));
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                iban.appendCodePoint(Character.toUpperCase(c));
            }
        });
        return iban.toString();
    }

    /** The printed form: normalised, in groups of four characters, {@code SA03 8000 0000 ...}. */
    public static String format(String iban) {
        String stored = normalise(iban);
        StringBuilder printed = new StringBuilder(stored.length() + stored.length() / GROUP);
        for (int i = 0; i < stored.length(); i += GROUP) {
            if (i > 0) {
                printed.append(' ');
            }
            printed.append(stored, i, Math.min(i + GROUP, stored.length()));
        }
        return printed.toString();
    }

    /**
     * True when the check digits (the third and fourth characters) of a normalised IBAN are
     * right: ISO 7064 MOD 97-10 gives 1, and they are between 02 and 98.
     */
    public static boolean hasValidCheckDigits(String iban) {
        if (iban.length() < 5 || !iban.chars().allMatch(Iban::isAsciiLetterOrDigit)
                || !Character.isDigit(iban.charAt(2)) || !Character.isDigit(iban.charAt(3))) {
            return false;
        }
        int checkDigits = Integer.parseInt(iban.substring(2, 4));
        return checkDigits >= 2 && checkDigits <= 98 && mod97(iban) == 1;
    }

    /** The IBAN's remainder mod 97, its first four characters moved to the end, A as 10 ... */
    static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            remainder = (value > 9 ? remainder * 100 : remainder * 10) + value;
            remainder %= 97;
        }
        return remainder;
    }

    static boolean isAsciiLetterOrDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
}
