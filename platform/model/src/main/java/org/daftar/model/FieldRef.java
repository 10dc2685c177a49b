package org.daftar.model;

/**
 * A field named by a form, list or report: a field name, or a path along references and lines
 * ({@code customer.city}, {@code lines.quantity}).
 */
public record FieldRef(String path, SourceRef at) {

    public static FieldRef of(String path) {
        return new FieldRef(path, SourceRef.NONE);
    }

    @Override
    public String toString() {
        return path;
    }
}
