package org.daftar.model.expression;

/**
 * A problem with an expression, found while parsing, type checking or evaluating it.
 *
 * <p>The message is written for the person who wrote the expression: it says what is wrong and
 * how to fix it, e.g. {@code Unknown function 'sumx'. Did you mean 'sum'?}. The {@link #offset()}
 * says where: the 0-based character offset in the expression text of the offending token or node,
 * so that an editor can underline it.
 */
public final class ExpressionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int offset;

    public ExpressionException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    /** The 0-based character offset in the expression text where the problem is. */
    public int offset() {
        return offset;
    }
}
