package org.daftar.model.expression;

/** Types the names and dotted paths of an expression against a {@link TypeScope}. */
final class PathTypes {

    private final TypeScope scope;

    PathTypes(TypeScope scope) {
        this.scope = scope;
    }

    ExprType root(Name name) {
        return scope.root(name.name()).orElseThrow(() -> unknownRoot(name));
    }

    Typed member(Member member, Typed owner) {
        ExprType type = owner.type();
        switch (type.kind()) {
            case REFERENCE, USER -> { }
            case NULL -> {
                return new Typed(ExprType.NULL, owner.column()); // an unknown type, reported where it arose
            }
            case LINES -> {
                if (owner.column()) {
                    throw new ExpressionException("Cannot reach into lines of lines: '"
                            + member.owner() + "' already has one value per line", member.offset());
                }
            }
            default -> throw new ExpressionException("'" + member.owner() + "' is " + type.withArticle()
                    + " and has no fields: remove '." + member.name() + "'", member.offset());
        }
        ExprType memberType = scope.member(type, member.name())
                .orElseThrow(() -> unknownMember(member, type));
        return new Typed(memberType, owner.column() || type.kind() == ExprType.Kind.LINES);
    }

    private ExpressionException unknownRoot(Name name) {
        String text = name.name();
        if (BuiltinFunction.named(text).isPresent()) {
            BuiltinFunction function = BuiltinFunction.named(text).get();
            return new ExpressionException("'" + text + "' is a function, not a field: call it as "
                    + function.usage(), name.offset());
        }
        return new ExpressionException("Unknown field '" + text + "'."
                + Suggestions.forName(text, scope.rootNames(), "Fields"), name.offset());
    }

    private ExpressionException unknownMember(Member member, ExprType owner) {
        var names = scope.memberNames(owner);
        String message = owner.kind() == ExprType.Kind.USER
                ? "Unknown user attribute '" + member.name() + "'."
                        + Suggestions.forName(member.name(), names, "User attributes")
                : "Unknown field '" + member.name() + "' of " + member.owner() + " (" + owner.displayName()
                        + ")." + Suggestions.forName(member.name(), names, "Fields");
        return new ExpressionException(message, member.offset());
    }
}
