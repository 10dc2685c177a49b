package org.daftar.model.expression;

import java.util.List;
import java.util.Optional;

/** Parses what may follow the left side of a comparison: an operator, {@code in} or {@code is}. */
final class ComparisonTail {

    private final Parser parser;

    ComparisonTail(Parser parser) {
        this.parser = parser;
    }

    static boolean startsComparison(Token token, Token after) {
        return comparisonOperator(token).isPresent()
                || token.isKeyword("in")
                || token.isKeyword("is")
                || (token.isKeyword("not") && after.isKeyword("in"));
    }

    Expression parse(Expression left) {
        Token token = parser.peek();
        Optional<BinaryOperator> operator = comparisonOperator(token);
        if (operator.isPresent()) {
            parser.next();
            return new Binary(operator.get(), left, parser.additive(), token.offset());
        }
        if (token.isKeyword("in")) {
            parser.next();
            return in(left, token, false);
        }
        if (token.isKeyword("not") && parser.peekAfter().isKeyword("in")) {
            parser.next();
            parser.next();
            return in(left, token, true);
        }
        if (token.isKeyword("is")) {
            parser.next();
            return isEmpty(left, token);
        }
        return left;
    }

    private static Optional<BinaryOperator> comparisonOperator(Token token) {
        if (!token.is(Token.Kind.SYMBOL)) {
            return Optional.empty();
        }
        return BinaryOperator.bySymbol(token.text()).filter(BinaryOperator::isComparison);
    }

    private Expression in(Expression left, Token in, boolean negated) {
        Token open = parser.next();
        if (!open.isSymbol("(")) {
            throw new ExpressionException(
                    "Expected '(' after 'in', e.g. status in ('open', 'late')", open.offset());
        }
        List<Expression> values = parser.list(open);
        if (values.isEmpty()) {
            throw new ExpressionException(
                    "Expected at least one value between the parentheses after 'in'", open.offset());
        }
        return new InList(left, values, negated, in.offset());
    }

    private Expression isEmpty(Expression left, Token is) {
        boolean negated = parser.peek().isKeyword("not");
        if (negated) {
            parser.next();
        }
        Token empty = parser.next();
        if (!empty.isKeyword("empty")) {
            throw new ExpressionException(
                    "Expected 'empty' after '" + (negated ? "is not" : "is")
                            + "': write x is empty or x is not empty",
                    empty.offset());
        }
        return new IsEmpty(left, negated, is.offset());
    }
}
