package org.daftar.model;

/** The text of an expression as written in a definition, and where it was written. */
public record ExpressionText(String text, SourceRef at) {

    @Override
    public String toString() {
        return text;
    }
}
