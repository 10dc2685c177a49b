package org.daftar.model.link;

import org.daftar.model.Definitions;

/** What every linking step shares: the definitions, the types, and where problems go. */
record LinkContext(Definitions definitions, FieldTypes fieldTypes, TypeResolver types, ExpressionChecks expressions,
        FieldPaths paths, Problems problems) {

    static LinkContext of(Definitions definitions, FieldTypes fieldTypes) {
        Problems problems = new Problems();
        TypeResolver types = new TypeResolver(definitions, fieldTypes);
        return new LinkContext(definitions, fieldTypes, types, new ExpressionChecks(problems),
                new FieldPaths(types, problems), problems);
    }
}
