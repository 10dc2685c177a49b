package org.daftar.model.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an auto-number pattern such as {@code INV-{yyyy}-{00000}}: date placeholders and exactly
 * one counter of zeros.
 */
final class AutoNumberPattern {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final Set<String> DATE_PARTS = Set.of("yyyy", "yy", "mm", "dd");

    private AutoNumberPattern() {}

    /** What is wrong with the pattern; empty when it is valid. */
    static List<String> problems(String pattern) {
        List<String> problems = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        int counters = 0;
        while (matcher.find()) {
            String placeholder = matcher.group(1);
            if (placeholder.matches("0+")) {
                counters++;
            } else if (!DATE_PARTS.contains(placeholder)) {
                problems.add("Unknown placeholder {" + placeholder + "} in the auto-number pattern '" + pattern
                        + "': use {yyyy}, {yy}, {mm}, {dd} or a counter such as {00000}.");
            }
        }
        if (counters != 1) {
            problems.add("The auto-number pattern '" + pattern + "' needs exactly one counter such as {00000} (it has "
                    + counters + ").");
        }
        if (pattern.replaceAll("\\{[^}]*}", "").contains("{") || pattern.replaceAll("\\{[^}]*}", "").contains("}")) {
            problems.add("The auto-number pattern '" + pattern + "' has an unclosed brace.");
        }
        return problems;
    }
}
