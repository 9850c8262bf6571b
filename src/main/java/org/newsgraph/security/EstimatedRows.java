package org.newsgraph.security;

import java.util.Map;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The cost of a query before it runs: how many objects its answer may hold, each list or connection counted at its
 * {@code first} (or its default), and a list without a limit at the largest page. The complexity of a field is
 * that of the fields below it multiplied by its page size, so five levels of {@code first: 500} cost what they
 * would read, not five fields. Both executors add it up field by field with {@link #of}.
 */
public final class EstimatedRows {
    /** A list asked for whole ({@code first} omitted where it has no default): counted as the largest page. */
    static final int WHOLE_LIST = 500;
    /** Counts stop growing here, far above any limit, so that sums of them never overflow. */
    private static final int CEILING = 1_000_000;

    private EstimatedRows() {
    }

    /**
     * The objects of one field and of everything below it, given its definition, its argument values (defaults
     * included) and the objects of the fields below it for one of its values.
     */
    public static int of(GraphQLFieldDefinition definition, Map<String, Object> arguments, int below) {
        if (definition == null) {
            return 0;
        }
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
        boolean list = GraphQLTypeUtil.isList(type);
        long pages = 1;
        if (definition.getArgument("first") != null) {
            Object first = arguments.get("first");
            pages = first instanceof Number number ? Math.max(0, number.longValue()) : WHOLE_LIST;
        }
        long own = GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLObjectType ? (list ? pages : 1) : 0;
        return (int) Math.min(CEILING, own + pages * below);
    }
}
