package org.daftar.app.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when no {@code spring.datasource.url} is configured. */
class OnEmbeddedDatabase implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return DatabaseMode.of(context.getEnvironment()) == DatabaseMode.EMBEDDED;
    }
}
