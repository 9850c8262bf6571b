package org.newsgraph.security;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;

/**
 * graphql-java's depth and complexity checks, refusing with {@code extensions.code} and the name of the limit
 * (theirs name neither): depth, fields, and the estimated rows of {@link EstimatedRows}, all before anything runs.
 */
final class NamedLimits {

    private NamedLimits() {
    }

    static List<Instrumentation> of(QueryLimitsConfig limits) {
        return List.of(new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int max) {
                return refusal("the request is %d levels deep; the limit is %d".formatted(depth, max), "newsgraph.graphql.max-depth");
            }
        }, new MaxQueryComplexityInstrumentation(limits.maxComplexity()) {
            @Override
            protected AbortExecutionException mkAbortException(int fields, int max) {
                return refusal("the request selects %d fields; the complexity limit is %d".formatted(fields, max),
                        "newsgraph.graphql.max-complexity");
            }
        }, new MaxQueryComplexityInstrumentation(limits.maxEstimatedRows(),
                (field, below) -> EstimatedRows.of(field.getFieldDefinition(), field.getArguments(), below)) {
            @Override
            protected AbortExecutionException mkAbortException(int rows, int max) {
                return refusal(("the answer could hold %d objects (each list counted at its first); the limit is %d:"
                        + " ask for fewer or smaller pages").formatted(rows, max), "newsgraph.graphql.max-estimated-rows");
            }
        });
    }

    /** A refusal before execution, with the code of requests too large and the property of the limit. */
    static AbortExecutionException refusal(String message, String limit) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .message(message + " (" + limit + ")")
                .errorType(ErrorClassification.errorClassification(QueryShapeLimits.CODE))
                .extensions(Map.of("code", QueryShapeLimits.CODE, "limit", limit))
                .build()));
    }
}
