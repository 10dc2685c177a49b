package org.daftar.plugin.render;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Predicate;
import org.daftar.model.entity.FieldType;

/**
 * Small pieces to build {@link RankedTester testers} from, as in JSON Forms:
 * {@code rankWith(TYPE_SPECIFIC, and(isType("iban"), not(isReadOnly())))}.
 */
public final class Testers {

    private Testers() {
    }

    /** A tester that ranks {@code rank} when {@code test} holds, else not applicable. */
    public static RankedTester rankWith(int rank, Predicate<? super FieldContext> test) {
        if (rank < 0) {
            throw new IllegalArgumentException("A rank is 0 or more, not " + rank);
        }
        Objects.requireNonNull(test, "test");
        return context -> test.test(context) ? rank : RankedTester.NOT_APPLICABLE;
    }

    /** {@code tester}, ranked {@code by} higher wherever it applies: to beat a tester by one. */
    public static RankedTester withIncreasedRank(int by, RankedTester tester) {
        return context -> {
            int rank = tester.rank(context);
            return rank == RankedTester.NOT_APPLICABLE ? rank : rank + by;
        };
    }

    /** The field's type is {@code typeName}, built-in ({@code date}) or a plugin's ({@code iban}). */
    public static Predicate<FieldContext> isType(String typeName) {
        Objects.requireNonNull(typeName, "typeName");
        return context -> typeName.equals(context.type());
    }

    /** The field has the built-in type {@code type}. */
    public static Predicate<FieldContext> isType(FieldType type) {
        return isType(type.typeName());
    }

    /** The field's type is one a plugin adds, not a built-in one. */
    public static Predicate<FieldContext> isPluginType() {
        return context -> FieldType.named(context.type()).isEmpty();
    }

    /** The field is shown read-only. */
    public static Predicate<FieldContext> isReadOnly() {
        return FieldContext::readOnly;
    }

    /** The field is called {@code name}. */
    public static Predicate<FieldContext> fieldNameIs(String name) {
        return context -> context.field().name().equals(name);
    }

    /** The field belongs to the entity {@code id}, or {@code app.id} to name one of one app. */
    public static Predicate<FieldContext> entityIs(String id) {
        return context -> id.equals(context.entity().id())
                || id.equals(context.entity().qualifiedId());
    }

    /** All of {@code tests} hold. */
    @SafeVarargs
    public static Predicate<FieldContext> and(Predicate<? super FieldContext>... tests) {
        var all = Arrays.asList(tests.clone());
        return context -> all.stream().allMatch(test -> test.test(context));
    }

    /** At least one of {@code tests} holds. */
    @SafeVarargs
    public static Predicate<FieldContext> or(Predicate<? super FieldContext>... tests) {
        var all = Arrays.asList(tests.clone());
        return context -> all.stream().anyMatch(test -> test.test(context));
    }

    /** {@code test} does not hold. */
    public static Predicate<FieldContext> not(Predicate<? super FieldContext> test) {
        return context -> !test.test(context);
    }
}
