package org.daftar.model.expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser, one method per {@link Precedence} level:
 *
 * <pre>
 * or         = and ("or" and)*
 * and        = not ("and" not)*
 * not        = "not" not | comparison
 * comparison = additive [ ("=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=") additive
 *                       | ["not"] "in" "(" or ("," or)* ")"
 *                       | "is" ["not"] "empty" ]
 * additive   = multiplicative (("+" | "-" | "&amp;") multiplicative)*
 * multiplicative = unary (("*" | "/" | "%") unary)*
 * unary      = "-" unary | primary
 * primary    = number | text | "true" | "false" | "null" | "(" or ")"
 *            | identifier "(" [or ("," or)*] ")" | identifier ("." identifier)*
 * </pre>
 */
final class Parser {

    private final List<Token> tokens;
    private int position;

    Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    Expression parseAll() {
        if (peek().is(Token.Kind.END)) {
            throw ParseErrors.emptyExpression();
        }
        Expression expression = or();
        Token extra = peek();
        if (!extra.is(Token.Kind.END)) {
            throw ParseErrors.unexpected(extra);
        }
        return expression;
    }

    private Expression or() {
        Expression left = and();
        while (peek().isKeyword("or")) {
            Token operator = next();
            left = new Binary(BinaryOperator.OR, left, and(), operator.offset());
        }
        return left;
    }

    private Expression and() {
        Expression left = not();
        while (peek().isKeyword("and")) {
            Token operator = next();
            left = new Binary(BinaryOperator.AND, left, not(), operator.offset());
        }
        return left;
    }

    private Expression not() {
        if (peek().isKeyword("not")) {
            Token not = next();
            return new Not(not(), not.offset());
        }
        return comparison();
    }

    private Expression comparison() {
        Expression left = additive();
        Expression result = new ComparisonTail(this).parse(left);
        if (result != left && ComparisonTail.startsComparison(peek(), peekAfter())) {
            throw ParseErrors.chainedComparison(peek());
        }
        return result;
    }

    Expression additive() {
        Expression left = multiplicative();
        while (peek().isSymbol("+") || peek().isSymbol("-") || peek().isSymbol("&")) {
            Token operator = next();
            Expression right = multiplicative();
            left = new Binary(BinaryOperator.bySymbol(operator.text()).orElseThrow(), left, right, operator.offset());
        }
        return left;
    }

    private Expression multiplicative() {
        Expression left = unary();
        while (peek().isSymbol("*") || peek().isSymbol("/") || peek().isSymbol("%")) {
            Token operator = next();
            Expression right = unary();
            left = new Binary(BinaryOperator.bySymbol(operator.text()).orElseThrow(), left, right, operator.offset());
        }
        return left;
    }

    private Expression unary() {
        if (!peek().isSymbol("-")) {
            return primary();
        }
        Token minus = next();
        Token number = peek();
        if (number.is(Token.Kind.INTEGER) || number.is(Token.Kind.DECIMAL)) {
            next();
            return new Literal(negative(number), minus.offset());
        }
        return new Negate(unary(), minus.offset());
    }

    private static Object negative(Token number) {
        return number.value() instanceof Long l ? (Object) (-l) : ((BigDecimal) number.value()).negate();
    }

    private Expression primary() {
        int index = position;
        Token token = next();
        return switch (token.kind()) {
            case INTEGER, DECIMAL, TEXT -> new Literal(token.value(), token.offset());
            case IDENTIFIER -> peek().isSymbol("(") ? call(token) : path(token);
            case KEYWORD -> keywordLiteral(token, index);
            case SYMBOL -> {
                if (!token.isSymbol("(")) {
                    throw ParseErrors.expectedExpression(tokens, index);
                }
                yield parenthesised(token);
            }
            case END -> throw ParseErrors.expectedExpression(tokens, index);
        };
    }

    private Expression keywordLiteral(Token token, int index) {
        return switch (token.text()) {
            case "true" -> new Literal(Boolean.TRUE, token.offset());
            case "false" -> new Literal(Boolean.FALSE, token.offset());
            case "null" -> new Literal(null, token.offset());
            default -> throw ParseErrors.expectedExpression(tokens, index);
        };
    }

    private Expression parenthesised(Token open) {
        Expression inner = or();
        close(open, "Expected ')' to close '(' at offset " + open.offset());
        return inner;
    }

    private Expression path(Token first) {
        Expression path = new Name(first.text(), first.offset());
        while (peek().isSymbol(".")) {
            next();
            Token member = next();
            if (!member.is(Token.Kind.IDENTIFIER)) {
                throw new ExpressionException(
                        "Expected a field name after '.', e.g. customer.name", member.offset());
            }
            path = new Member(path, member.text(), member.offset());
        }
        return path;
    }

    private Expression call(Token name) {
        BuiltinFunction function = BuiltinFunction.named(name.text())
                .orElseThrow(() -> ParseErrors.unknownFunction(name));
        List<Expression> arguments = list(next());
        if (arguments.size() != function.arity()) {
            throw new ExpressionException(function.arityMessage(), name.offset());
        }
        return new Call(function, arguments, name.offset());
    }

    /** The comma-separated expressions after {@code open}, up to and including ')'. */
    List<Expression> list(Token open) {
        List<Expression> items = new ArrayList<>();
        if (peek().isSymbol(")")) {
            next();
            return items;
        }
        items.add(or());
        while (peek().isSymbol(",")) {
            next();
            items.add(or());
        }
        close(open, "Expected ',' or ')' to close '(' at offset " + open.offset());
        return items;
    }

    private void close(Token open, String message) {
        if (!peek().isSymbol(")")) {
            throw new ExpressionException(message, peek().offset());
        }
        next();
    }

    Token peek() {
        return tokens.get(position);
    }

    Token peekAfter() {
        return tokens.get(Math.min(position + 1, tokens.size() - 1));
    }

    Token next() {
        Token token = tokens.get(position);
        if (!token.is(Token.Kind.END)) {
            position++;
        }
        return token;
    }
}
