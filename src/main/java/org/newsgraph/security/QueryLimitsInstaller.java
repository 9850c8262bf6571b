package org.newsgraph.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.parser.ParserOptions;

/**
 * Adds {@link QueryShapeLimits}, the {@link NamedLimits} (depth, complexity, estimated rows), {@link ExecutionTimeLimit}
 * and {@link StrictIds} to the instrumentation SmallRye configured. The builder has no
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
        List<Instrumentation> instrumentations = new ArrayList<>(List.of(builder.build().getInstrumentation(),
                new QueryShapeLimits(limits)));
        instrumentations.addAll(NamedLimits.of(limits));
        instrumentations.addAll(List.of(new ExecutionTimeLimit(limits.maxDuration()), new StrictIds()));
        builder.instrumentation(new ChainedInstrumentation(instrumentations));
    }
}
