package org.daftar.plugin.render;

/**
 * How well something fits a field: {@link #NOT_APPLICABLE} for not at all, else a rank, higher
 * for a better fit. A tester is a pure function: it only reads the context.
 *
 * <p>Example, a tester for {@code date} fields that a plugin's Hijri calendar uses to beat the
 * built-in date picker:
 *
 * <pre>{@code
 * RankedTester hijriDate = Testers.rankWith(RankedTester.TYPE_SPECIFIC + 1,
 *         Testers.and(Testers.isType(FieldType.DATE), context -> isHijriUser(context.locale())));
 * }</pre>
 */
@FunctionalInterface
public interface RankedTester {

    /** The rank of a renderer that cannot show the field at all. */
    int NOT_APPLICABLE = -1;

    /** The rank, by convention, of a renderer that fits many types: a text field for any text. */
    int GENERIC = 1;

    /** The rank, by convention, of a renderer made for the field's type. */
    int TYPE_SPECIFIC = 2;

    /** How well the field fits: {@link #NOT_APPLICABLE}, or 0 and up, higher for a better fit. */
    int rank(FieldContext context);
}
