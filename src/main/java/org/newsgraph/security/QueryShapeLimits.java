package org.newsgraph.security;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * Refuses a document with too many operations or aliases before anything runs, with an error naming the limit.
 * A fragment's aliases count once however often it is spread: the complexity limit bounds the repetition.
 */
public class QueryShapeLimits extends SimplePerformantInstrumentation {
    /** The code of every request refused for its size or shape. */
    public static final String CODE = "QUERY_TOO_LARGE";

    private final QueryLimitsConfig limits;

    public QueryShapeLimits(QueryLimitsConfig limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        String exceeded = exceeded(parameters.getExecutionContext().getDocument(), limits);
        if (exceeded != null) {
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                    .message(exceeded)
                    .errorType(ErrorClassification.errorClassification(CODE))
                    .extensions(Map.of("code", CODE))
                    .build()));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** The limit a document exceeds, as the message that names it, or null when it keeps to them. */
    public static String exceeded(Document document, QueryLimitsConfig limits) {
        int operations = document.getDefinitionsOfType(OperationDefinition.class).size();
        if (operations > limits.maxOperations()) {
            return message(operations, "operations", limits.maxOperations(), "newsgraph.graphql.max-operations");
        }
        int aliases = 0;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            aliases += aliases(operation.getSelectionSet());
        }
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            aliases += aliases(fragment.getSelectionSet());
        }
        if (aliases > limits.maxAliases()) {
            return message(aliases, "aliases", limits.maxAliases(), "newsgraph.graphql.max-aliases");
        }
        return null;
    }

    private static int aliases(SelectionSet selections) {
        if (selections == null) {
            return 0;
        }
        int count = 0;
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                count += (field.getAlias() == null ? 0 : 1) + aliases(field.getSelectionSet());
            } else if (selection instanceof InlineFragment inline) {
                count += aliases(inline.getSelectionSet());
            }
        }
        return count;
    }

    private static String message(int count, String what, int max, String property) {
        return "the request has %d %s; the limit is %d (%s)".formatted(count, what, max, property);
    }
}
