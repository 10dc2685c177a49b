package org.daftar.model.expression;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Splits expression text into {@link Token tokens}. */
final class Lexer {

    private static final Set<String> KEYWORDS =
            Set.of("and", "or", "not", "in", "is", "empty", "true", "false", "null");
    private static final Set<String> TWO_CHAR_SYMBOLS = Set.of("!=", "<=", ">=");
    private static final String ONE_CHAR_SYMBOLS = "(),.+-*/%&=<>";
    private static final Map<String, String> MISTAKES = Map.of(
            "==", "Use a single = to compare: a = b",
            "<>", "Use != for 'not equal': a != b",
            "&&", "Use 'and' to combine conditions: a and b",
            "||", "Use 'or' for either condition: a or b");

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int position;

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) {
        Lexer lexer = new Lexer(text == null ? "" : text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (skipWhitespace()) {
            int c = text.codePointAt(position);
            if (Character.isLetter(c)) {
                word();
            } else if (c >= '0' && c <= '9') {
                number();
            } else if (c == '\'') {
                quotedText();
            } else {
                symbol(c);
            }
        }
        tokens.add(new Token(Token.Kind.END, "", null, position));
    }

    private boolean skipWhitespace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        return position < text.length();
    }

    private void word() {
        int start = position;
        while (position < text.length()) {
            int c = text.codePointAt(position);
            if (!isNamePart(c)) {
                break;
            }
            position += Character.charCount(c);
        }
        String word = text.substring(start, position);
        String lower = word.toLowerCase(Locale.ROOT);
        if (KEYWORDS.contains(lower)) {
            tokens.add(new Token(Token.Kind.KEYWORD, lower, null, start));
        } else {
            tokens.add(new Token(Token.Kind.IDENTIFIER, word, null, start));
        }
    }

    /** Letters, digits, '_', and the marks some scripts put on letters (Arabic vowel signs). */
    private static boolean isNamePart(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c)
                || c == '_'
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private void number() {
        int start = position;
        skipDigits();
        if (position < text.length() && text.charAt(position) == '.') {
            position++;
            if (!isDigitAt(position)) {
                throw new ExpressionException(
                        "Expected digits after the decimal point in '" + text.substring(start, position)
                                + "': write 12.5, or 12 for a whole number",
                        start);
            }
            skipDigits();
            String digits = text.substring(start, position);
            tokens.add(new Token(Token.Kind.DECIMAL, digits, new BigDecimal(digits), start));
            return;
        }
        String digits = text.substring(start, position);
        BigInteger value = new BigInteger(digits);
        if (value.bitLength() > 63) {
            throw new ExpressionException(
                    "The number " + digits + " is too large for an integer (at most "
                            + Long.MAX_VALUE + "): write it as a decimal, " + digits + ".0",
                    start);
        }
        tokens.add(new Token(Token.Kind.INTEGER, digits, value.longValueExact(), start));
    }

    private void skipDigits() {
        while (isDigitAt(position)) {
            position++;
        }
    }

    private boolean isDigitAt(int index) {
        return index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '9';
    }

    private void quotedText() {
        int start = position;
        StringBuilder value = new StringBuilder();
        position++;
        while (true) {
            if (position >= text.length()) {
                throw new ExpressionException(
                        "Unterminated text: add a closing ' (write '' for a quote inside a text)", start);
            }
            char c = text.charAt(position++);
            if (c == '\'') {
                if (position < text.length() && text.charAt(position) == '\'') {
                    value.append('\'');
                    position++;
                } else {
                    break;
                }
            } else {
                value.append(c);
            }
        }
        tokens.add(new Token(Token.Kind.TEXT, text.substring(start, position), value.toString(), start));
    }

    private void symbol(int c) {
        int start = position;
        String two = text.substring(start, Math.min(start + 2, text.length()));
        if (MISTAKES.containsKey(two)) {
            throw new ExpressionException(MISTAKES.get(two), start);
        }
        if (TWO_CHAR_SYMBOLS.contains(two)) {
            position += 2;
            tokens.add(new Token(Token.Kind.SYMBOL, two, null, start));
        } else if (ONE_CHAR_SYMBOLS.indexOf(c) >= 0) {
            position++;
            tokens.add(new Token(Token.Kind.SYMBOL, String.valueOf((char) c), null, start));
        } else {
            throw new ExpressionException(unexpectedCharacter(c), start);
        }
    }

    private static String unexpectedCharacter(int c) {
        return switch (c) {
            case '"' -> "Texts are written in single quotes: 'like this'";
            case '!' -> "Use 'not' to negate a condition, or != for 'not equal'";
            case '_' -> "A name must start with a letter, not '_'";
            default -> "Unexpected character '" + Character.toString(c) + "'";
        };
    }
}
