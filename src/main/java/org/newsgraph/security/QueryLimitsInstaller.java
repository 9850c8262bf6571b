package org.newsgraph.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.parser.ParserOptions;

/**
 * Adds {@link QueryShapeLimits}, {@link ExecutionTimeLimit} and {@link StrictIds} to the instrumentation SmallRye configured (depth, complexity). The builder has no
 * getter, so it is built once to read what is there; this happens once, when the GraphQL engine is created.
 * Also applies the token limit to requests: SmallRye sets it on graphql-java's schema parser options only, while
 * requests are parsed with the separate operation parser options.
 */
@ApplicationScoped
public class QueryLimitsInstaller {
    @Inject
    QueryLimitsConfig limits;
    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens")
    int maxTokens;

    void install(@Observes GraphQL.Builder builder) {
        ParserOptions.setDefaultOperationParserOptions(
                ParserOptions.getDefaultOperationParserOptions().transform(options -> options.maxTokens(maxTokens)));
        builder.instrumentation(new ChainedInstrumentation(List.of(builder.build().getInstrumentation(),
                new QueryShapeLimits(limits), new ExecutionTimeLimit(limits.maxDuration()), new StrictIds())));
    }
}
