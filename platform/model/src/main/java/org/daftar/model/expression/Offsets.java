package org.daftar.model.expression;

/** Where a whole node starts in the expression text (a node's own offset is its key token). */
final class Offsets {

    private Offsets() {}

    static int start(Expression expression) {
        return switch (expression) {
            case Member member -> start(member.owner());
            case Binary binary -> start(binary.left());
            case InList in -> start(in.operand());
            case IsEmpty is -> start(is.operand());
            case Literal literal -> literal.offset();
            case Name name -> name.offset();
            case Negate negate -> negate.offset();
            case Not not -> not.offset();
            case Call call -> call.offset();
        };
    }
}
