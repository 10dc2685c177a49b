package org.daftar.model;

/**
 * Where a part of a definition was read from: a file (or other location), a line and a column,
 * both counted from 1.
 *
 * <p>Positions are not part of what a definition means: two definitions read from different files
 * are equal when they say the same thing. So every {@code SourceRef} equals every other one, which
 * lets the records that carry one keep their generated {@code equals}.
 */
public record SourceRef(String location, int line, int column) {

    /** For parts built in code rather than read from a file. */
    public static final SourceRef NONE = new SourceRef("", 0, 0);

    /** The same file, {@code offset} characters further along the same line. */
    public SourceRef shifted(int offset) {
        return new SourceRef(location, line, column + offset);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceRef;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return location + ":" + line + ":" + column;
    }
}
