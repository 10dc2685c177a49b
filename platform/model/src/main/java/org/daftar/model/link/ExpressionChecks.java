package org.daftar.model.link;

import java.util.Optional;
import org.daftar.model.ExpressionText;
import org.daftar.model.expression.ExprType;
import org.daftar.model.expression.Expression;
import org.daftar.model.expression.ExpressionException;
import org.daftar.model.expression.Expressions;
import org.daftar.model.expression.TypeChecker;
import org.daftar.model.expression.TypeScope;

/** Parses and type-checks an expression of a definition, reporting at the exact column. */
final class ExpressionChecks {

    private final Problems problems;

    ExpressionChecks(Problems problems) {
        this.problems = problems;
    }

    /**
     * The expression's type, or empty when it does not parse or type-check (then reported).
     *
     * @param expected the type it must have, or {@code null} for any
     * @param what what the expression is, for the message ("The rule of check 'x'")
     */
    Optional<ExprType> check(ExpressionText text, TypeScope scope, ExprType expected, String what, String path) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            Expression expression = Expressions.parse(text.text());
            ExprType type = TypeChecker.typeOf(expression, scope);
            if (expected != null && !expected.accepts(type)) {
                problems.add(text.at(), path, what + " must give " + article(expected) + ", but '" + text.text()
                        + "' gives " + article(type) + ".");
                return Optional.empty();
            }
            return Optional.of(type);
        } catch (ExpressionException e) {
            problems.add(text.at().shifted(e.offset()), path, what + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    static String article(ExprType type) {
        String name = type.displayName();
        return switch (type.kind()) {
            case INTEGER -> "an integer";
            case LINES, NULL -> name;
            default -> "a " + name;
        };
    }
}
