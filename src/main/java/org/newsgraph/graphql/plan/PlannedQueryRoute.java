package org.newsgraph.graphql.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.newsgraph.security.QueryLimitsConfig;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Serves the GraphQL queries a plan can answer, on the GraphQL path, ahead of SmallRye's handler: after the HTTP
 * security checks (read access), before SmallRye. Every other request, and every planned one that runs into
 * anything unusual, goes on to SmallRye untouched.
 */
@ApplicationScoped
public class PlannedQueryRoute {
    private static final Logger LOG = Logger.getLogger(PlannedQueryRoute.class);
    /** After the security filters (orders -200, -100) and the body size check (-2), before the extension routes (0...). */
    private static final int ORDER = -1;
    private static final String DEFAULT_CONTENT_TYPE = "application/graphql-response+json; charset=UTF-8";
    /** A planned query that runs longer is left to SmallRye, whose time limit then answers for it. */
    private static final Duration PLAN_BUDGET = Duration.ofSeconds(2);

    @Inject
    QueryPlanner planner;
    @Inject
    QueryLimitsConfig limits;
    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;
    @ConfigProperty(name = "newsgraph.graphql.planned-queries", defaultValue = "true")
    boolean enabled;

    private final JsonFactory json = new JsonFactory();
    private Counter served;
    private Counter passed;

    void install(@Observes Router router, MeterRegistry registry) {
        if (!enabled) {
            return;
        }
        served = outcome(registry, "planned");
        passed = outcome(registry, "smallrye");
        String path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        BodyHandler body = BodyHandler.create().setHandleFileUploads(false)
                .setBodyLimit(maxBodySize.map(MemorySize::asLongValue).orElse(-1L));
        router.post(path).order(ORDER).consumes("application/json").handler(body).blockingHandler(this::post, false);
        router.get(path).order(ORDER).blockingHandler(this::get, false);
    }

    private static Counter outcome(MeterRegistry registry, String executor) {
        return Counter.builder("newsgraph_graphql_requests").tag("executor", executor)
                .description("GraphQL requests on the query path, by the executor that answered them").register(registry);
    }

    private void post(RoutingContext context) {
        Map<String, Object> request;
        try {
            request = mapper.readValue(context.body().buffer().getBytes(), Map.class);
        } catch (IOException | RuntimeException e) {
            pass(context);
            return;
        }
        if (request.get("query") instanceof String query && !request.containsKey("extensions")
                && (request.get("operationName") == null || request.get("operationName") instanceof String)
                && (request.get("variables") == null || request.get("variables") instanceof Map)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> variables = (Map<String, Object>) request.get("variables");
            serve(context, query, (String) request.get("operationName"), variables);
        } else {
            pass(context);
        }
    }

    private void get(RoutingContext context) {
        String query = context.request().getParam("query");
        String variables = context.request().getParam("variables");
        if (query == null || context.request().getHeader(HttpHeaders.UPGRADE) != null
                || context.request().getParam("extensions") != null) {
            pass(context);
            return;
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = variables == null || variables.isEmpty() ? null : mapper.readValue(variables, Map.class);
            serve(context, query, context.request().getParam("operationName"), parsed);
        } catch (IOException | RuntimeException e) {
            pass(context);
        }
    }

    private void serve(RoutingContext context, String query, String operationName, Map<String, Object> variables) {
        String contentType = contentType(context.request().headers().getAll(HttpHeaders.ACCEPT));
        Optional<QueryPlan> plan = contentType == null ? Optional.empty() : planner.plan(query, operationName);
        if (plan.isEmpty()) {
            pass(context);
            return;
        }
        byte[] answer = answer(plan.get(), variables);
        if (answer == null) {
            pass(context);
        } else {
            served.increment();
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, contentType).end(Buffer.buffer(answer));
        }
    }

    private void pass(RoutingContext context) {
        passed.increment();
        context.next();
    }

    /** The JSON answer, or null when SmallRye should answer; SmallRye starts its own request context. */
    private byte[] answer(QueryPlan plan, Map<String, Object> variables) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            return run(plan, variables);
        } catch (RuntimeException e) {
            LOG.debugf("planned query left to SmallRye: %s", e);
            return null;
        } finally {
            requestContext.terminate();
        }
    }

    private byte[] run(QueryPlan plan, Map<String, Object> variables) {
        CoercedVariables coerced = ValuesResolver.coerceVariableValues(planner.schema(), plan.variables(),
                RawVariables.of(variables == null ? Map.of() : variables), GraphQLContext.getDefault(), Locale.ROOT);
        long budget = Math.min(PLAN_BUDGET.toNanos(), limits.maxDuration().toNanos());
        PlanExecution execution = new PlanExecution(plan, coerced, System.nanoTime() + budget);
        execution.resolve();
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator generator = json.createGenerator(out)) {
            execution.write(generator);
        } catch (IOException e) {
            throw new NotPlannable(e);
        }
        return out.toByteArray();
    }

    /**
     * The answer's media type as SmallRye chooses it (the first acceptable type the client lists, as it lists it), or
     * null when SmallRye should answer (it refuses unacceptable types, and writes other charsets).
     */
    static String contentType(List<String> accept) {
        if (accept.isEmpty()) {
            return DEFAULT_CONTENT_TYPE;
        }
        for (String header : accept) {
            for (String type : header.split(",")) {
                String value = type.trim();
                if (value.startsWith("application/json") || value.startsWith("application/graphql-response+json")) {
                    String lower = value.toLowerCase(Locale.ROOT);
                    return !lower.contains("charset=") || lower.contains("charset=utf-8") ? value : null;
                }
                if (value.startsWith("*/*")) {
                    return DEFAULT_CONTENT_TYPE;
                }
            }
        }
        return null;
    }
}
