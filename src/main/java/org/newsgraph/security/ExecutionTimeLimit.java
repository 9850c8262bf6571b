package org.newsgraph.security;

import java.time.Duration;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

/**
 * Stops fetching once a request has run longer than its limit, so one expensive query cannot hold a worker for
 * long. A fetch already running is ended by its statements being cancelled (the GraphQL endpoint stops the
 * request's {@link org.newsgraph.common.RequestBudget} when its time runs out); this refuses the fetches after it.
 */
public class ExecutionTimeLimit extends SimplePerformantInstrumentation {
    private final Duration limit;

    private record Started(long nanos) implements InstrumentationState {
    }

    public ExecutionTimeLimit(Duration limit) {
        this.limit = limit;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Started(System.nanoTime());
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        long deadline = ((Started) state).nanos() + limit.toNanos();
        return environment -> {
            if (System.nanoTime() - deadline > 0) {
                throw new RequestTooSlowException(limit);
            }
            return fetcher.get(environment);
        };
    }
}
