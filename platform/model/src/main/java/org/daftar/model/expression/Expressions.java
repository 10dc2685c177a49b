package org.daftar.model.expression;

/**
 * The entry point of the expression language: turns text into an {@link Expression}.
 *
 * <pre>{@code
 * Expression total = Expressions.parse("quantity * unit_price");
 * ExprType type = TypeChecker.typeOf(total, typeScope);    // decimal
 * Object value = Evaluator.evaluate(total, valueScope);    // a BigDecimal
 * }</pre>
 */
public final class Expressions {

    private Expressions() {}

    /**
     * Parses an expression.
     *
     * @throws ExpressionException when the text is not a well-formed expression; its offset points
     *     at the offending token
     */
    public static Expression parse(String text) {
        return new Parser(Lexer.tokenize(text)).parseAll();
    }
}
