package org.daftar.model.expression;

/**
 * How tightly constructs bind, loosest first: {@code or} &lt; {@code and} &lt; {@code not} &lt;
 * comparisons, {@code in}, {@code is} &lt; {@code & + -} &lt; {@code * / %} &lt; unary minus &lt;
 * literals, names, calls and parentheses.
 */
final class Precedence {

    static final int OR = 1;
    static final int AND = 2;
    static final int NOT = 3;
    static final int COMPARISON = 4;
    static final int ADDITIVE = 5;
    static final int MULTIPLICATIVE = 6;
    static final int UNARY = 7;
    static final int PRIMARY = 8;

    private Precedence() {}

    static int of(Expression expression) {
        return switch (expression) {
            case Binary b -> b.operator().precedence();
            case Not n -> NOT;
            case InList i -> COMPARISON;
            case IsEmpty i -> COMPARISON;
            case Negate n -> UNARY;
            case Literal l -> PRIMARY;
            case Name n -> PRIMARY;
            case Member m -> PRIMARY;
            case Call c -> PRIMARY;
        };
    }
}
