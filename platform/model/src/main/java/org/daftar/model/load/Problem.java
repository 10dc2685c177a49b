package org.daftar.model.load;

/**
 * Something wrong in a definition: where (file, line and column from 1, and the path inside the
 * document such as {@code /fields/2/type}) and what, with how to fix it.
 */
public record Problem(String location, int line, int column, String path, String message) {

    /** {@code file:line:column: message}, the form editors and CI logs understand. */
    @Override
    public String toString() {
        return location + ":" + line + ":" + column + ": " + message;
    }
}
