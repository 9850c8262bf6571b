package org.newsgraph.security;


import org.newsgraph.common.RequestLimitException;

import graphql.ExecutionResult;
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
    public static final String CODE = RequestLimitException.TOO_LARGE;

    private final QueryLimitsConfig limits;

    public QueryShapeLimits(QueryLimitsConfig limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        Exceeded exceeded = exceeded(parameters.getExecutionContext().getDocument(), limits);
        if (exceeded != null) {
            throw NamedLimits.refusal(exceeded.message(), exceeded.limit());
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** A limit a document exceeds: what it has, and the property of the limit. */
    public record Exceeded(String message, String limit) {
    }

    /** The limit a document exceeds, or null when it keeps to them. */
    public static Exceeded exceeded(Document document, QueryLimitsConfig limits) {
        int operations = document.getDefinitionsOfType(OperationDefinition.class).size();
        if (operations > limits.maxOperations()) {
            return exceeded(operations, "operations", limits.maxOperations(), "newsgraph.graphql.max-operations");
        }
        int aliases = 0;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            aliases += aliases(operation.getSelectionSet());
        }
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            aliases += aliases(fragment.getSelectionSet());
        }
        if (aliases > limits.maxAliases()) {
            return exceeded(aliases, "aliases", limits.maxAliases(), "newsgraph.graphql.max-aliases");
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

    private static Exceeded exceeded(int count, String what, int max, String property) {
        return new Exceeded("the request has %d %s; the limit is %d".formatted(count, what, max), property);
    }
}
