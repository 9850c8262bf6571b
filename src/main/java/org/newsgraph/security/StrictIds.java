package org.newsgraph.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Refuses an ID argument that is not a plain decimal number before its resolver runs, naming the argument. SmallRye
 * turns an ID into a Long leniently ({@code "1 OR 1=1"} and {@code 1.5} both become 1), so a mistyped or hostile id
 * would otherwise read or correct record 1.
 */
public class StrictIds extends SimplePerformantInstrumentation {
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    /** Whether a value given for an ID argument is a plain decimal number. */
    public static boolean isId(String value) {
        return ID.matcher(value).matches();
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        List<String> ids = new ArrayList<>();
        for (GraphQLArgument argument : parameters.getField().getArguments()) {
            if (GraphQLTypeUtil.unwrapAll(argument.getType()) instanceof GraphQLScalarType scalar && scalar.getName().equals("ID")) {
                ids.add(argument.getName());
            }
        }
        if (ids.isEmpty()) {
            return fetcher;
        }
        return environment -> {
            for (String name : ids) {
                Object value = environment.getArgument(name);
                if (value != null && !isId(value.toString())) {
                    return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(environment)
                            .message("%s: not an id (ids are decimal numbers)", name)
                            .errorType(ErrorClassification.errorClassification("BAD_USER_INPUT"))
                            .extensions(Map.of("code", "BAD_USER_INPUT", "field", name)).build()).build();
                }
            }
            return fetcher.get(environment);
        };
    }
}
