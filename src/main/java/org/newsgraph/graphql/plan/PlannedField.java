package org.newsgraph.graphql.plan;

import java.util.List;
import java.util.Map;

import org.newsgraph.security.EstimatedRows;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Argument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLOutputType;

/**
 * One field of a plan: its key in the answer, its resolver, its arguments (coerced once when they hold no variable),
 * its output type, an {@code @include}/{@code @skip} condition, and the fields selected below it.
 */
final class PlannedField {
    final String responseKey;
    final String name;
    final FieldResolver resolver;
    final GraphQLOutputType type;
    /** How to write the value when the field is a scalar or an enum, null for an object. */
    final Leaf leaf;
    final List<PlannedField> children;
    private final GraphQLFieldDefinition definition;
    private final List<Argument> arguments;
    private final Map<String, Object> constantArguments;
    private final Condition condition;

    PlannedField(String responseKey, String name, FieldResolver resolver, GraphQLFieldDefinition definition,
            List<Argument> arguments, boolean argumentsAreConstant, GraphQLOutputType type, Leaf leaf,
            List<PlannedField> children, Condition condition) {
        this.responseKey = responseKey;
        this.name = name;
        this.resolver = resolver;
        this.definition = definition;
        this.arguments = arguments;
        this.type = type;
        this.leaf = leaf;
        this.children = children;
        this.condition = condition;
        this.constantArguments = argumentsAreConstant ? coerce(CoercedVariables.emptyVariables()) : null;
    }

    /** The argument values, defaults included, as graphql-java coerces them. */
    Map<String, Object> argumentValues(CoercedVariables variables) {
        return constantArguments != null ? constantArguments : coerce(variables);
    }

    /** The objects of this field and below it, for one value of its parent (see {@link EstimatedRows}). */
    int estimatedRows(CoercedVariables variables) {
        int below = 0;
        for (PlannedField child : children) {
            if (child.included(variables)) {
                below += child.estimatedRows(variables);
            }
        }
        return EstimatedRows.of(definition, argumentValues(variables), below);
    }

    boolean included(CoercedVariables variables) {
        return condition == null || condition.holds(variables);
    }

    /**
     * Whether the field selects {@code path} below it: field names separated by '/', as graphql-java's
     * {@code DataFetchingFieldSelectionSet.contains} reads them for the read-ahead of the resolvers.
     */
    boolean selects(String path) {
        int slash = path.indexOf('/');
        String head = slash < 0 ? path : path.substring(0, slash);
        for (PlannedField child : children) {
            if (child.name.equals(head) && (slash < 0 || child.selects(path.substring(slash + 1)))) {
                return true;
            }
        }
        return false;
    }

    private Map<String, Object> coerce(CoercedVariables variables) {
        if (definition == null) {
            return Map.of();
        }
        try {
            return ValuesResolver.getArgumentValues(definition.getArguments(), arguments, variables,
                    GraphQLContext.getDefault(), java.util.Locale.ROOT);
        } catch (RuntimeException e) {
            throw new NotPlannable(e);
        }
    }

    /** How a scalar or enum value is written, as SmallRye writes it. */
    enum Leaf { ID, STRING, INT, FLOAT, BOOLEAN, DATE, DATE_TIME, ENUM }

    /** {@code @include(if:)} or {@code @skip(if:)}, on a literal or a variable. */
    record Condition(boolean include, Boolean literal, String variable) {
        boolean holds(CoercedVariables variables) {
            Object value = literal != null ? literal : variables.get(variable);
            return Boolean.TRUE.equals(value) == include;
        }
    }
}
