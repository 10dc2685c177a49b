package org.daftar.model.expression;

/**
 * A token of expression text.
 *
 * @param kind what sort of token
 * @param text the token as written (keywords in lower case)
 * @param value the value of a number or text token, else null
 * @param offset where the token starts
 */
record Token(Kind kind, String text, Object value, int offset) {

    enum Kind { INTEGER, DECIMAL, TEXT, IDENTIFIER, KEYWORD, SYMBOL, END }

    boolean is(Kind expected) {
        return kind == expected;
    }

    boolean isKeyword(String keyword) {
        return kind == Kind.KEYWORD && text.equals(keyword);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** How to name this token in a message: {@code 'and'}, {@code 'a text'}, "the end of the expression". */
    String describe() {
        return switch (kind) {
            case END -> "the end of the expression";
            case TEXT -> text;
            default -> "'" + text + "'";
        };
    }
}
