package org.daftar.model.expression;

import java.math.BigDecimal;
import java.util.List;

/**
 * Renders an expression as canonical text that parses back to an equal expression: single spaces
 * around operators, lower-case keywords and function names, and parentheses only where
 * {@link Precedence} needs them.
 */
final class ExpressionWriter {

    private final StringBuilder out = new StringBuilder();

    private ExpressionWriter() {}

    static String write(Expression expression) {
        ExpressionWriter writer = new ExpressionWriter();
        writer.write(expression, Precedence.OR);
        return writer.out.toString();
    }

    /** Writes {@code expression}, in parentheses if it binds less tightly than {@code minimum}. */
    private void write(Expression expression, int minimum) {
        boolean parenthesise = Precedence.of(expression) < minimum;
        if (parenthesise) {
            out.append('(');
        }
        switch (expression) {
            case Literal literal -> literal(literal.value());
            case Name name -> out.append(name.name());
            case Member member -> {
                write(member.owner(), Precedence.PRIMARY);
                out.append('.').append(member.name());
            }
            case Negate negate -> negate(negate);
            case Not not -> {
                out.append("not ");
                write(not.operand(), Precedence.NOT);
            }
            case Binary binary -> binary(binary);
            case InList in -> {
                write(in.operand(), Precedence.ADDITIVE);
                out.append(in.negated() ? " not in (" : " in (");
                list(in.values());
                out.append(')');
            }
            case IsEmpty is -> {
                write(is.operand(), Precedence.ADDITIVE);
                out.append(is.negated() ? " is not empty" : " is empty");
            }
            case Call call -> {
                out.append(call.function().functionName()).append('(');
                list(call.arguments());
                out.append(')');
            }
        }
        if (parenthesise) {
            out.append(')');
        }
    }

    private void literal(Object value) {
        switch (value) {
            case null -> out.append("null");
            case String text -> out.append('\'').append(text.replace("'", "''")).append('\'');
            case BigDecimal decimal -> out.append(decimalText(decimal));
            default -> out.append(value);
        }
    }

    /** A decimal always shows its point, so that it reads back as a decimal: 3 is written 3.0. */
    private static String decimalText(BigDecimal decimal) {
        return decimal.scale() > 0 ? decimal.toPlainString() : decimal.setScale(1).toPlainString();
    }

    private void negate(Negate negate) {
        out.append('-');
        boolean number = negate.operand() instanceof Literal literal
                && (literal.value() instanceof Long || literal.value() instanceof BigDecimal);
        // "-(5)": written "-5" it would read back as the literal minus five
        write(negate.operand(), number ? Precedence.PRIMARY + 1 : Precedence.UNARY);
    }

    private void binary(Binary binary) {
        int precedence = binary.operator().precedence();
        // comparisons do not chain; other operators group to the left
        write(binary.left(), binary.operator().isComparison() ? precedence + 1 : precedence);
        out.append(' ').append(binary.operator().symbol()).append(' ');
        write(binary.right(), precedence + 1);
    }

    private void list(List<Expression> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            write(items.get(i), Precedence.OR);
        }
    }
}
