package org.daftar.model.expression;

/**
 * Finds the type of an expression, or says what is wrong with it.
 *
 * <pre>{@code
 * TypeChecker.typeOf(Expressions.parse("quantity * unit_price"), scope);   // decimal
 * TypeChecker.typeOf(Expressions.parse("name + 1"), scope);
 * // ExpressionException: Cannot add text and integer: use & to join texts (offset 5)
 * }</pre>
 *
 * <p>Integers widen to decimals and {@code null} fits every type; nothing else converts. A column
 * of lines ({@code lines.amount}) is only allowed inside {@code sum}, {@code min_of} and
 * {@code max_of}.
 */
public final class TypeChecker {

    private final PathTypes paths;

    private TypeChecker(TypeScope scope) {
        this.paths = new PathTypes(scope);
    }

    /**
     * The type of {@code expression} given the names of {@code scope}.
     *
     * @throws ExpressionException when the expression does not type-check; its offset points at
     *     the offending node
     */
    public static ExprType typeOf(Expression expression, TypeScope scope) {
        return new TypeChecker(scope).value(expression);
    }

    /** The type of a single value: a column of lines is not one. */
    ExprType value(Expression expression) {
        Typed typed = check(expression);
        if (typed.column()) {
            throw new ExpressionException("'" + expression + "' has one value per line: use it inside "
                    + "sum(), min_of() or max_of(), e.g. sum(" + expression + ")",
                    Offsets.start(expression));
        }
        return typed.type();
    }

    /** The type of a value or of a column of lines. */
    Typed check(Expression expression) {
        return switch (expression) {
            case Literal literal -> Typed.value(literal.type());
            case Name name -> Typed.value(paths.root(name));
            case Member member -> paths.member(member, check(member.owner()));
            case Negate negate -> Typed.value(OperatorTypes.negate(negate, value(negate.operand())));
            case Not not -> {
                OperatorTypes.condition("not", not.operand(), value(not.operand()));
                yield Typed.value(ExprType.BOOLEAN);
            }
            case Binary binary -> Typed.value(
                    OperatorTypes.binary(binary, value(binary.left()), value(binary.right())));
            case InList in -> {
                ExprType operand = value(in.operand());
                for (Expression item : in.values()) {
                    OperatorTypes.notNullLiteral(item, Offsets.start(item));
                    OperatorTypes.comparable(BinaryOperator.EQUAL, operand, value(item), Offsets.start(item));
                }
                yield Typed.value(ExprType.BOOLEAN);
            }
            case IsEmpty is -> {
                value(is.operand());
                yield Typed.value(ExprType.BOOLEAN);
            }
            case Call call -> Typed.value(new FunctionTypes(this).type(call));
        };
    }
}
