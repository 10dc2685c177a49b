package org.daftar.data.migration.words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Something a plan says to people, without its language: a message key of
 * {@code messages_*.properties} and the arguments that fill it. An argument is a name or a number,
 * other {@code Words} (said in the same language), a list (said with the language's commas), or
 * {@link Joined} items.
 *
 * <pre>{@code
 * Words words = Words.of("step.makeRequired", "email", "customer");
 * words.english();                 // "Make 'email' on customer required"
 * words.in(Locale.of("ar"));       // "جعل 'email' في customer إلزامياً"
 * }</pre>
 */
public record Words(String key, List<Object> arguments) {

    public Words {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments)); // a missing name is said, as "null", not thrown
    }

    public static Words of(String key, Object... arguments) {
        return new Words(key, Arrays.asList(arguments));
    }

    /** The same words with {@code first} as argument {@code {0}}, the others moved one on (a row count, say). */
    public Words withFirst(Object first) {
        List<Object> all = new ArrayList<>(List.of(first));
        all.addAll(arguments);
        return new Words(key, all);
    }

    /** The words in {@code locale}'s language: Arabic for {@code ar}, English otherwise. */
    public String in(Locale locale) {
        return PlanWords.say(this, locale);
    }

    /** The words in English, as the command line and the logs show them. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    /**
     * Items said one after the other, separated by the text of {@code separatorKey} in the language
     * ({@code separator.semicolon}: {@code "; "}, {@code "؛ "}); a plain list is separated by commas.
     */
    public record Joined(String separatorKey, List<?> items) {

        public Joined {
            items = Collections.unmodifiableList(new ArrayList<>(items));
        }
    }

    @Override
    public String toString() {
        return english();
    }
}
