package org.daftar.plugins.iban;

import java.util.Optional;
import org.daftar.model.LocalizedText;

/**
 * Finds what is wrong with an IBAN, the first thing only: a wrong length makes the check digits
 * wrong too, and only the length helps whoever typed it.
 */
final class IbanCheck {

    private IbanCheck() {
    }

    /** What is wrong with {@code text} once normalised; empty when it is a valid IBAN. */
    static Optional<LocalizedText> problem(String text) {
        String iban = Iban.normalise(text);
        int bad = iban.codePoints().filter(c -> !Iban.isAsciiLetterOrDigit(c)).findFirst().orElse(-1);
        if (bad != -1) {
            return Optional.of(IbanMessages.badCharacter(Character.toString(bad)));
        }
        if (iban.length() < 4 || !isLetters(iban, 0, 2) || !isDigits(iban, 2, 4)) {
            return Optional.of(IbanMessages.badStart());
        }
        String code = iban.substring(0, 2);
        Optional<IbanCountry> found = IbanRegistry.country(code);
        if (found.isEmpty()) {
            return Optional.of(IbanMessages.unknownCountry(code));
        }
        IbanCountry country = found.get();
        if (iban.length() != country.length()) {
            return Optional.of(IbanMessages.wrongLength(country, iban.length()));
        }
        int misfit = country.misfitAt(iban);
        if (misfit != -1) {
            return Optional.of(IbanMessages.misfit(country, misfit, iban.charAt(misfit)));
        }
        if (!Iban.hasValidCheckDigits(iban)) {
            return Optional.of(IbanMessages.wrongCheckDigits());
        }
        return Optional.empty();
    }

    private static boolean isLetters(String text, int from, int to) {
        return text.substring(from, to).chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static boolean isDigits(String text, int from, int to) {
        return text.substring(from, to).chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
