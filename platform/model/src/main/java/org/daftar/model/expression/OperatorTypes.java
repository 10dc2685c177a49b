package org.daftar.model.expression;

import org.daftar.model.expression.ExprType.Kind;

/** The typing rules of the operators: what each accepts, what it gives, and the messages when it does not fit. */
final class OperatorTypes {

    private OperatorTypes() {}

    static ExprType binary(Binary binary, ExprType left, ExprType right) {
        BinaryOperator operator = binary.operator();
        if (operator.isLogical()) {
            condition(operator.symbol(), binary.left(), left);
            condition(operator.symbol(), binary.right(), right);
            return ExprType.BOOLEAN;
        }
        if (operator.isComparison()) {
            notNullLiteral(binary.left(), binary.offset());
            notNullLiteral(binary.right(), binary.offset());
            comparable(operator, left, right, binary.offset());
            return ExprType.BOOLEAN;
        }
        if (operator == BinaryOperator.JOIN) {
            return join(binary, left, right);
        }
        return arithmetic(binary, left, right);
    }

    /** Requires a condition (true or false) as the operand of 'not', 'and' or 'or'. */
    static void condition(String operator, Expression operand, ExprType type) {
        if (!ExprType.BOOLEAN.accepts(type)) {
            throw new ExpressionException("'" + operator + "' needs a condition (true or false), but '"
                    + operand + "' is " + type.withArticle(), Offsets.start(operand));
        }
    }

    static ExprType negate(Negate negate, ExprType operand) {
        if (operand.isNumeric() || operand.kind() == Kind.NULL) {
            return operand;
        }
        throw new ExpressionException("Cannot negate " + operand.withArticle() + ": '-' works on numbers only",
                negate.offset());
    }

    /** Refuses a comparison with the literal {@code null}, which is always false. */
    static void notNullLiteral(Expression operand, int offset) {
        if (operand instanceof Literal literal && literal.value() == null) {
            throw new ExpressionException(
                    "Comparing with null is always false: use 'is empty' or 'is not empty'", offset);
        }
    }

    /**
     * Requires that two values can be compared with {@code operator}. A value of unknown type
     * (NULL: a field whose own definition is wrong, reported there) compares with anything.
     */
    static void comparable(BinaryOperator operator, ExprType left, ExprType right, int offset) {
        if (left.kind() == Kind.NULL || right.kind() == Kind.NULL) {
            return;
        }
        if (left.kind() == Kind.MULTI_CHOICE || right.kind() == Kind.MULTI_CHOICE) {
            throw new ExpressionException("Cannot compare a multiple choice with " + operator.symbol()
                    + ": use has(field, 'value') to test for one choice", offset);
        }
        if (left.kind() == Kind.LINES || right.kind() == Kind.LINES) {
            throw new ExpressionException("Cannot compare lines: compare count(lines) or sum(lines.field)",
                    offset);
        }
        boolean sameType = left.equals(right) || (left.isNumeric() && right.isNumeric());
        if (!sameType) {
            throw new ExpressionException("Cannot compare " + left.displayName() + " and "
                    + right.displayName() + mismatchHint(left, right), offset);
        }
        if (operator.isOrdering() && !left.isOrdered()) {
            throw new ExpressionException("Cannot use '" + operator.symbol() + "' with "
                    + left.withArticle() + ": only numbers, texts, dates and times have an order", offset);
        }
    }

    private static String mismatchHint(ExprType left, ExprType right) {
        if (either(left, right, Kind.DATE) && either(left, right, Kind.TEXT)) {
            return ": write dates as date('YYYY-MM-DD')";
        }
        if (either(left, right, Kind.REFERENCE)) {
            return left.kind() == right.kind()
                    ? ": they refer to different entities"
                    : ": compare one of its fields instead, e.g. customer.name = 'Acme'";
        }
        if (either(left, right, Kind.DATE) && either(left, right, Kind.DATETIME)) {
            return ": a date has no time of day; compare dates with dates";
        }
        return ": compare values of the same type";
    }

    private static boolean either(ExprType left, ExprType right, Kind kind) {
        return left.kind() == kind || right.kind() == kind;
    }

    private static ExprType join(Binary binary, ExprType left, ExprType right) {
        if (ExprType.TEXT.accepts(left) && ExprType.TEXT.accepts(right)) {
            return ExprType.TEXT;
        }
        throw new ExpressionException("Cannot join " + left.displayName() + " and " + right.displayName()
                + ": & joins texts only", binary.offset());
    }

    private static ExprType arithmetic(Binary binary, ExprType left, ExprType right) {
        BinaryOperator operator = binary.operator();
        if (isNumberOrNull(left) && isNumberOrNull(right)) {
            if (operator == BinaryOperator.DIVIDE) {
                return ExprType.DECIMAL;
            }
            if (left.kind() == Kind.NULL) {
                return right;
            }
            return right.kind() == Kind.NULL ? left : ExprType.common(left, right).orElseThrow();
        }
        throw new ExpressionException("Cannot " + operator.verb() + " " + left.displayName() + " and "
                + right.displayName() + ": " + arithmeticHint(operator, left, right), binary.offset());
    }

    private static String arithmeticHint(BinaryOperator operator, ExprType left, ExprType right) {
        boolean dates = isDateLike(left);
        if (operator == BinaryOperator.ADD && (left.kind() == Kind.TEXT || right.kind() == Kind.TEXT)) {
            return "use & to join texts";
        }
        if (operator == BinaryOperator.SUBTRACT && dates && isDateLike(right)) {
            return "use days_between(from, to)";
        }
        if ((operator == BinaryOperator.ADD || operator == BinaryOperator.SUBTRACT) && dates) {
            return "use add_days(date, days) or add_months(date, months)";
        }
        return "'" + operator.symbol() + "' works on numbers only";
    }

    private static boolean isNumberOrNull(ExprType type) {
        return type.isNumeric() || type.kind() == Kind.NULL;
    }

    private static boolean isDateLike(ExprType type) {
        return type.kind() == Kind.DATE || type.kind() == Kind.DATETIME;
    }
}
