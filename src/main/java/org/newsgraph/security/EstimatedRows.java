package org.newsgraph.security;

import java.util.Map;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The cost of a query before it runs: how many objects its answer may hold, each list or connection counted at its
 * {@code first} (or its default), and a list asked for whole at a typical length. The complexity of a field is
 * that of the fields below it multiplied by its page size, so five levels of {@code first: 500} cost what they
 * would read, not five fields. Both executors add it up field by field with {@link #of}.
 */
public final class EstimatedRows {
    /**
     * A list asked for whole ({@code first} omitted where it has no default, such as an article's quotes): its length
     * is the data's, not the client's, so it is counted at a typical length rather than the largest page. Counting it
     * at 500 refused the evaluation script's own query (50 articles, each with its quotes and events); a whole list
     * that is really longer is still stopped while it is read, by the rows limit ({@code newsgraph.graphql.max-rows}).
     */
    static final int WHOLE_LIST = 50;
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
