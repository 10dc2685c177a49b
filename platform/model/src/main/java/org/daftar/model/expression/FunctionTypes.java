package org.daftar.model.expression;

import java.util.function.Predicate;
import org.daftar.model.expression.ExprType.Kind;

/** The typing rules of the built-in functions: what arguments each takes and what it gives. */
final class FunctionTypes {

    /** What an argument must be, as a test and in words. */
    private record Expected(String description, Predicate<ExprType> test) {}

    private static final Expected NUMBER = new Expected("a number", ExprType::isNumeric);
    private static final Expected INTEGER = new Expected("an integer", t -> t.kind() == Kind.INTEGER);
    private static final Expected TEXT = new Expected("a text", t -> t.kind() == Kind.TEXT);
    private static final Expected DATE = new Expected("a date",
            t -> t.kind() == Kind.DATE || t.kind() == Kind.DATETIME);
    private static final Expected CONDITION = new Expected("a condition (true or false)",
            t -> t.kind() == Kind.BOOLEAN);
    private static final Expected MULTI_CHOICE = new Expected("a multiple choice field",
            t -> t.kind() == Kind.MULTI_CHOICE);
    private static final Expected ORDERED = new Expected("a number, text, date or time", ExprType::isOrdered);
    private static final String[] ORDINALS = {"first", "second", "third"};

    private final TypeChecker checker;

    FunctionTypes(TypeChecker checker) {
        this.checker = checker;
    }

    ExprType type(Call call) {
        return switch (call.function()) {
            case TODAY -> ExprType.DATE;
            case NOW -> ExprType.DATETIME;
            case YEAR, MONTH, DAY -> returning(ExprType.INTEGER, argument(call, 0, DATE));
            case DAYS_BETWEEN -> returning(ExprType.INTEGER, argument(call, 0, DATE), argument(call, 1, DATE));
            case ADD_DAYS, ADD_MONTHS -> returning(argument(call, 0, DATE), argument(call, 1, INTEGER));
            case ROUND -> returning(argument(call, 0, NUMBER), argument(call, 1, INTEGER));
            case ABS -> argument(call, 0, NUMBER);
            case MIN, MAX -> oneType(call, argument(call, 0, ORDERED), argument(call, 1, ORDERED));
            case UPPER, LOWER, TRIM -> returning(ExprType.TEXT, argument(call, 0, TEXT));
            case LENGTH -> returning(ExprType.INTEGER, argument(call, 0, TEXT));
            case CONTAINS, STARTS_WITH ->
                    returning(ExprType.BOOLEAN, argument(call, 0, TEXT), argument(call, 1, TEXT));
            case HAS -> returning(ExprType.BOOLEAN, argument(call, 0, MULTI_CHOICE), argument(call, 1, TEXT));
            case SUM -> column(call, NUMBER);
            case MIN_OF, MAX_OF -> column(call, ORDERED);
            case COUNT -> lines(call);
            case IF -> {
                argument(call, 0, CONDITION);
                yield oneType(call, checker.value(call.argument(1)), checker.value(call.argument(2)));
            }
            case COALESCE -> oneType(call, checker.value(call.argument(0)), checker.value(call.argument(1)));
            case DATE -> date(call);
        };
    }

    /** The result type; the other parameters are there to check the arguments, in order. */
    private static ExprType returning(ExprType result, ExprType... checkedArguments) {
        return result;
    }

    private ExprType argument(Call call, int index, Expected expected) {
        ExprType type = checker.value(call.argument(index));
        if (type.kind() != Kind.NULL && !expected.test().test(type)) {
            throw new ExpressionException("'" + call.function().functionName() + "' needs "
                    + expected.description() + position(call, index) + ", but '" + call.argument(index)
                    + "' is " + type.withArticle() + ": " + call.function().usage(),
                    Offsets.start(call.argument(index)));
        }
        return type;
    }

    private static String position(Call call, int index) {
        return call.function().arity() == 1 ? "" : " as its " + ORDINALS[index] + " argument";
    }

    private ExprType oneType(Call call, ExprType first, ExprType second) {
        Expression last = call.argument(call.arguments().size() - 1);
        return ExprType.common(first, second).orElseThrow(() -> new ExpressionException(
                "'" + call.function().functionName() + "' needs values of one type, but got "
                        + first.displayName() + " and " + second.displayName() + ": " + call.function().usage(),
                Offsets.start(last)));
    }

    /** sum, min_of, max_of: a field of lines ({@code lines.amount}) whose values are as expected. */
    private ExprType column(Call call, Expected expected) {
        Expression argument = call.argument(0);
        Typed typed = checker.check(argument);
        String name = call.function().functionName();
        if (!typed.column()) {
            throw new ExpressionException("'" + name + "' needs a field of lines, e.g. " + name
                    + "(lines.amount), but '" + argument + "' is " + typed.type().withArticle(),
                    Offsets.start(argument));
        }
        if (typed.type().kind() != Kind.NULL && !expected.test().test(typed.type())) {
            throw new ExpressionException("'" + name + "' needs " + expected.description() + " for each line, but '"
                    + argument + "' is " + typed.type().withArticle() + ": " + call.function().usage(),
                    Offsets.start(argument));
        }
        return typed.type();
    }

    private ExprType lines(Call call) {
        Expression argument = call.argument(0);
        Typed typed = checker.check(argument);
        if (typed.column()) {
            throw new ExpressionException("'count' counts the lines themselves: write count("
                    + argument.roots().iterator().next() + "), not count(" + argument + ")",
                    Offsets.start(argument));
        }
        if (typed.type().kind() != Kind.LINES) {
            throw new ExpressionException("'count' needs lines, but '" + argument + "' is "
                    + typed.type().withArticle() + ": count(lines)", Offsets.start(argument));
        }
        return ExprType.INTEGER;
    }

    private ExprType date(Call call) {
        argument(call, 0, TEXT);
        if (call.argument(0) instanceof Literal literal && literal.value() instanceof String text) {
            Dates.parse(text, literal.offset());
        }
        return ExprType.DATE;
    }
}
