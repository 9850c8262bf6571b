package org.newsgraph.graphql.plan;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.newsgraph.common.RequestLimitException;
import org.newsgraph.security.QueryLimitsConfig;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The planned executor, as the GraphQL endpoint uses it: the plan of a request, if it has one, and the answer of
 * running it, or null when SmallRye must answer after all. Counts which executor answered
 * ({@code newsgraph_graphql_requests_total{executor}}).
 */
@ApplicationScoped
public class PlannedQueries {
    private static final Logger LOG = Logger.getLogger(PlannedQueries.class);
    /** A planned query that runs longer is left to SmallRye, whose time limit then answers for it. */
    private static final Duration PLAN_BUDGET = Duration.ofSeconds(2);

    private final QueryPlanner planner;
    private final QueryLimitsConfig limits;
    private final boolean enabled;
    private final Counter planned;
    private final Counter smallRye;
    private final JsonFactory json = new JsonFactory();

    @Inject
    public PlannedQueries(QueryPlanner planner, QueryLimitsConfig limits, MeterRegistry registry,
            @ConfigProperty(name = "newsgraph.graphql.planned-queries", defaultValue = "true") boolean enabled) {
        this.planner = planner;
        this.limits = limits;
        this.enabled = enabled;
        this.planned = answered(registry, "planned");
        this.smallRye = answered(registry, "smallrye");
    }

    private static Counter answered(MeterRegistry registry, String executor) {
        return Counter.builder("newsgraph_graphql_requests").tag("executor", executor)
                .description("GraphQL requests over HTTP, by the executor that answered them").register(registry);
    }

    /**
     * The plan of a request, or empty when SmallRye runs it (counted as such). The document is planned in any case:
     * planning refuses one over the token limit naming it.
     */
    public Optional<QueryPlan> plan(String query, String operationName, boolean hasExtensions) {
        Optional<QueryPlan> plan = planner.plan(query, operationName).filter(p -> enabled && !hasExtensions);
        if (plan.isEmpty()) {
            smallRye.increment();
        }
        return plan;
    }

    /**
     * Runs a plan (blocking: call it on a worker thread, with the request context active) and returns the JSON
     * answer, or null when SmallRye should answer the request instead (counted as such): also when it is over the
     * estimated rows, which SmallRye refuses before running it.
     *
     * @throws RequestLimitException when the request is stopped at a limit while it runs
     */
    public byte[] answer(QueryPlan plan, JsonObject variables) {
        try {
            byte[] answer = run(plan, variables == null ? Map.of() : JsonValues.toMap(variables));
            planned.increment();
            return answer;
        } catch (RequestLimitException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.debugf("planned query left to SmallRye: %s", e);
            smallRye.increment();
            return null;
        }
    }

    private byte[] run(QueryPlan plan, Map<String, Object> variables) {
        CoercedVariables coerced = ValuesResolver.coerceVariableValues(planner.schema(), plan.variables(),
                RawVariables.of(variables), GraphQLContext.getDefault(), Locale.ROOT);
        int rows = 0;
        for (PlannedField root : plan.roots()) {
            rows += root.included(coerced) ? root.estimatedRows(coerced) : 0;
        }
        if (rows > limits.maxEstimatedRows()) {
            throw new NotPlannable("over the estimated rows: SmallRye refuses it");
        }
        long budget = Math.min(PLAN_BUDGET.toNanos(), limits.maxDuration().toNanos());
        PlanExecution execution = new PlanExecution(plan, coerced, System.nanoTime() + budget);
        execution.resolve();
        AnswerBuffer out = new AnswerBuffer(limits.maxAnswerSize().asLongValue());
        try (JsonGenerator generator = json.createGenerator(out)) {
            execution.write(generator);
        } catch (IOException e) {
            throw new NotPlannable(e);
        }
        return out.toByteArray();
    }
}
