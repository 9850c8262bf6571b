package org.newsgraph.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;

/**
 * Adds {@link QueryShapeLimits} to the instrumentation SmallRye configured (depth, complexity). The builder has no
 * getter, so it is built once to read what is there; this happens once, when the GraphQL engine is created.
 */
@ApplicationScoped
public class QueryLimitsInstaller {
    @Inject
    QueryLimitsConfig limits;

    void install(@Observes GraphQL.Builder builder) {
        builder.instrumentation(new ChainedInstrumentation(List.of(builder.build().getInstrumentation(), new QueryShapeLimits(limits))));
    }
}
