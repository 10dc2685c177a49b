package org.daftar.model.expression;

import java.util.List;

/** The messages of the {@link Parser}: what is wrong with the text and how to fix it. */
final class ParseErrors {

    private ParseErrors() {}

    static ExpressionException emptyExpression() {
        return new ExpressionException("The expression is empty: write a value, a field name or a formula", 0);
    }

    /** No expression where one must start: at {@code tokens.get(index)}. */
    static ExpressionException expectedExpression(List<Token> tokens, int index) {
        Token found = tokens.get(index);
        if (found.isKeyword("empty")) {
            return new ExpressionException("Use 'is empty' to test for a missing value: x is empty", found.offset());
        }
        if (index == 0) {
            return new ExpressionException("Expected a value, a field name or a formula, but found "
                    + found.describe(), found.offset());
        }
        Token previous = tokens.get(index - 1);
        return new ExpressionException("Expected an expression after " + previous.describe(), found.offset());
    }

    /** A token after a complete expression. */
    static ExpressionException unexpected(Token token) {
        if (token.isSymbol(")")) {
            return new ExpressionException("Unexpected ')': there is no '(' for it to close", token.offset());
        }
        return new ExpressionException("Unexpected " + token.describe()
                + ": expected an operator (such as +, =, and) or the end of the expression", token.offset());
    }

    static ExpressionException chainedComparison(Token token) {
        return new ExpressionException(
                "Comparisons cannot be chained: join them with 'and', e.g. a < b and b < c", token.offset());
    }

    static ExpressionException unknownFunction(Token name) {
        return new ExpressionException("Unknown function '" + name.text() + "'."
                + Suggestions.forName(name.text(), BuiltinFunction.names(), "Functions"), name.offset());
    }
}
