package org.daftar.data.migration.step;

import org.daftar.data.migration.words.Words;
/**
 * How safe a step is whatever the data holds.
 *
 * <ul>
 *   <li>{@link Level#SAFE}: applied without asking (its data checks must still find nothing);
 *   <li>{@link Level#NEEDS_FORCE}: narrowing or removing; refused unless the plan is forced;
 *   <li>{@link Level#BLOCKED}: Daftar cannot do it in one plan, forced or not.
 * </ul>
 *
 * @param reason why the step is refused, for people, in any language ({@code null} when safe)
 * @param remedy what to do instead, for a blocked step ({@code null} otherwise)
 */
public record Risk(Level level, Words reason, Words remedy) {

    public static final Risk SAFE = new Risk(Level.SAFE, null, null);

    public enum Level { SAFE, NEEDS_FORCE, BLOCKED }

    /** Refused unless forced: {@code reason} says what could be lost. */
    public static Risk needsForce(Words reason) {
        return new Risk(Level.NEEDS_FORCE, reason, null);
    }

    public static Risk blocked(Words reason, Words remedy) {
        return new Risk(Level.BLOCKED, reason, remedy);
    }

    public boolean isSafe() {
        return level == Level.SAFE;
    }
}
