package org.daftar.data.migration.planner;

import org.daftar.data.migration.words.Words;

/**
 * A condition on a column's values that is true for the rows a change would fail on or lose.
 *
 * @param condition SQL with the column written {@code {column}}: {@code length({column}) > 20}
 * @param problem the rows found, as a {@link org.daftar.data.migration.step.DataCheck#problem}: the
 *     count of rows comes first when it is said
 * @param remedy what to do about them
 */
record ValueCheck(String condition, Words problem, Words remedy) {}
