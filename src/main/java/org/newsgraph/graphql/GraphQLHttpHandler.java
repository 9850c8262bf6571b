package org.newsgraph.graphql;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;

import org.newsgraph.common.RequestBudget;
import org.newsgraph.common.RequestLimitException;
import org.newsgraph.graphql.plan.PlannedQueries;
import org.newsgraph.graphql.plan.QueryPlan;
import org.newsgraph.security.QueryLimitsConfig;
import org.newsgraph.security.Refusals;
import org.newsgraph.security.StrictUtf8;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.RoutingContext;

/**
 * GraphQL over HTTP as its specification asks: GET for queries, POST for everything, the response type negotiated
 * by {@link GraphQLResponseType}, and a status that tells what went wrong: 406 (nothing acceptable), 415 (a POST
 * that is not JSON), 400 (a body that is not UTF-8, a body or parameters that are no GraphQL request), 405 (a
 * mutation over GET), and the response type's status for what SmallRye executed. SmallRye's own handler answers all
 * of these with 200 and runs mutations over GET, so this one reads and checks the request and hands it to
 * SmallRye's execution service, with the request context and identity set up by SmallRye's handler base. Read
 * queries that have a plan are answered by the planned executor instead (package {@code plan}), which gives the
 * same answers faster.
 */
class GraphQLHttpHandler extends SmallRyeGraphQLAbstractHandler {
    private static final String QUERY = "query";
    private static final String OPERATION_NAME = "operationName";
    private static final String VARIABLES = "variables";
    private static final String EXTENSIONS = "extensions";
    private static final String JSON = "application/json";
    /** The document itself as the body; SmallRye accepts it too, so clients that used it keep working. */
    private static final String GRAPHQL = "application/graphql";
    /** Refuses an object with a key twice: which of the values counts would be the parser's guess. */
    private static final JsonReaderFactory STRICT_JSON = jsonProvider()
            .createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    /** A request refused before execution, with the status and the error it gets. */
    private static final class Refusal extends Exception {
        final int status;
        final String code;
        /** The property of the limit the request went over, or null. */
        final String limit;

        Refusal(int status, String code, String message) {
            this(status, code, message, null);
        }

        Refusal(int status, String code, String message, String limit) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
            this.limit = limit;
        }

        /** A request over a limit: no data, so the status the response type gives an answer without data. */
        static Refusal of(RequestLimitException stopped, GraphQLResponseType type) {
            return new Refusal(type.status(false), stopped.code(), stopped.getMessage(), stopped.limit());
        }
    }

    private final PlannedQueries planned;
    private final QueryLimitsConfig limits;
    private final Instance<RequestBudget> budgets;

    GraphQLHttpHandler(CurrentIdentityAssociation identity, CurrentVertxRequest request, PlannedQueries planned,
            QueryLimitsConfig limits, Instance<RequestBudget> budgets) {
        // not run blocking: SmallRye moves blocking resolvers to worker threads itself, as with its own handler
        super(identity, request, false);
        this.planned = planned;
        this.limits = limits;
        this.budgets = budgets;
    }

    @Override
    protected void doHandle(RoutingContext ctx) {
        Optional<GraphQLResponseType> negotiated = GraphQLResponseType.negotiate(ctx.request().getHeader(HttpHeaderNames.ACCEPT));
        if (negotiated.isEmpty()) {
            refuse(ctx, GraphQLResponseType.JSON, new Refusal(406, "NOT_ACCEPTABLE",
                    "the Accept header allows neither application/graphql-response+json nor application/json"));
            return;
        }
        GraphQLResponseType type = negotiated.get();
        JsonObject request;
        try {
            request = ctx.request().method() == HttpMethod.GET ? fromQueryParameters(ctx) : fromBody(ctx);
        } catch (Refusal refusal) {
            refuse(ctx, type, refusal);
            return;
        }
        RequestBudget budget = limit(ctx);
        Map<String, Object> metaData = getMetaData(ctx);
        Optional<QueryPlan> plan;
        try {
            plan = planned.plan(request.getString(QUERY), request.getString(OPERATION_NAME, null),
                    request.containsKey(EXTENSIONS) && !request.isNull(EXTENSIONS));
        } catch (RequestLimitException refused) {
            refuse(ctx, type, Refusal.of(refused, type));
            return;
        }
        if (plan.isPresent()) {
            answerPlanned(ctx, type, request, plan.get(), metaData, budget);
        } else if (ctx.request().getHeader(HttpHeaderNames.AUTHORIZATION) == null
                && operation(request.getString(QUERY), request.getString(OPERATION_NAME, null)) == OperationDefinition.Operation.MUTATION) {
            // every write needs a key: without one, 401 as for REST writes, not an error inside a 200
            ctx.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
            refuse(ctx, type, new Refusal(401, Refusals.UNAUTHENTICATED, Refusals.NO_KEY));
        } else {
            getExecutionService().executeAsync(request, metaData, new ResponseWriter(ctx, type, budget, limits));
        }
    }

    /**
     * Sets the request's limits on reads and stops it (cancelling its statements) when its time runs out or its
     * client goes away before the answer.
     */
    private RequestBudget limit(RoutingContext ctx) {
        RequestBudget budget = ClientProxy.unwrap(budgets.get());
        budget.limitRows(limits.maxRows());
        long timer = ctx.vertx().setTimer(limits.maxDuration().toMillis(),
                id -> budget.stop(RequestLimitException.tooSlow(limits.maxDuration())));
        ctx.addEndHandler(ended -> ctx.vertx().cancelTimer(timer));
        ctx.response().closeHandler(closed -> {
            ctx.vertx().cancelTimer(timer);
            budget.stop(new RequestLimitException("CLIENT_GONE", "client", "the client closed the connection"));
        });
        return budget;
    }

    /**
     * Runs a plan on a worker thread, in this request's context, and answers with it; when the plan gives up, SmallRye
     * executes the request as usual, back on the request's own thread.
     */
    private void answerPlanned(RoutingContext ctx, GraphQLResponseType type, JsonObject request, QueryPlan plan,
            Map<String, Object> metaData, RequestBudget budget) {
        InjectableContext.ContextState state = (InjectableContext.ContextState) metaData.get("state");
        ManagedContext requestContext = Arc.container().requestContext();
        ctx.vertx().<byte[]>executeBlocking(() -> {
            requestContext.activate(state);
            try {
                return planned.answer(plan, request.getJsonObject(VARIABLES));
            } finally {
                requestContext.deactivate();
            }
        }, false).onComplete(result -> {
            if (budget.stopped() != null || result.cause() instanceof RequestLimitException) {
                RequestLimitException stopped = budget.stopped() != null ? budget.stopped() : (RequestLimitException) result.cause();
                refuse(ctx, type, Refusal.of(stopped, type));
                return;
            }
            if (result.succeeded() && result.result() != null) {
                ctx.response().setStatusCode(type.status(true)).putHeader(HttpHeaderNames.CONTENT_TYPE, type.contentType())
                        .end(Buffer.buffer(result.result()));
                return;
            }
            budget.restart();
            requestContext.activate(state);
            try {
                getExecutionService().executeAsync(request, metaData, new ResponseWriter(ctx, type, budget, limits));
            } finally {
                requestContext.deactivate();
            }
        });
    }

    private static JsonObject fromBody(RoutingContext ctx) throws Refusal {
        String contentType = singleContentType(ctx.request().getHeader(HttpHeaderNames.CONTENT_TYPE));
        String[] parts = contentType.split(";");
        String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals(JSON) && !mediaType.equals(GRAPHQL)) {
            throw new Refusal(415, "UNSUPPORTED_MEDIA_TYPE", (contentType.isEmpty() ? "the request has no Content-Type"
                    : "Content-Type " + contentType + " is not supported") + ": send the request as Content-Type: application/json");
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset") && parameter.length == 2
                    && !parameter[1].strip().replace("\"", "").equalsIgnoreCase("utf-8")) {
                throw new Refusal(415, "UNSUPPORTED_MEDIA_TYPE", "the body must be UTF-8 (charset=utf-8)");
            }
        }
        Buffer bytes = ctx.body() == null ? null : ctx.body().buffer();
        String body = bytes == null ? null : utf8(bytes.getBytes());
        if (body == null || body.isBlank()) {
            throw badRequest("the request has no body: send {\"query\": ...}");
        }
        if (mediaType.equals(GRAPHQL)) {
            return jsonProvider().createObjectBuilder().add(QUERY, body).build();
        }
        JsonValue parsed = parseJson(body, "the body is not JSON");
        if (parsed.getValueType() != JsonValue.ValueType.OBJECT) {
            throw badRequest("the body must be a JSON object with a query, and optionally variables, operationName and extensions");
        }
        JsonObject request = parsed.asJsonObject();
        check(request, QUERY, JsonValue.ValueType.STRING, "a string");
        check(request, OPERATION_NAME, JsonValue.ValueType.STRING, "a string");
        check(request, VARIABLES, JsonValue.ValueType.OBJECT, "an object");
        check(request, EXTENSIONS, JsonValue.ValueType.OBJECT, "an object");
        if (!request.containsKey(QUERY) || request.isNull(QUERY)) {
            throw badRequest("the request has no query");
        }
        return request;
    }

    /**
     * The one value of a Content-Type header. A header sent twice arrives as both values joined by a comma: browsers
     * do that when a page's fetch sets {@code Content-Type: application/json} on top of the same default (GraphiQL
     * does), so values that are all the same count as that one value; different ones stay as they are, and are refused.
     */
    static String singleContentType(String header) {
        if (header == null) {
            return "";
        }
        List<String> values = Arrays.stream(header.split(",")).map(value -> value.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        return values.size() == 1 ? values.get(0) : header.strip();
    }

    /** Strictly: Vert.x would turn bytes that are no UTF-8 into U+FFFD, and run the request with that text. */
    private static String utf8(byte[] body) throws Refusal {
        try {
            return StrictUtf8.decode(body);
        } catch (CharacterCodingException e) {
            throw badRequest("the body is not valid UTF-8");
        }
    }

    private static JsonObject fromQueryParameters(RoutingContext ctx) throws Refusal {
        String query = ctx.queryParams().get(QUERY);
        if (query == null || query.isBlank()) {
            throw badRequest("the request has no query: send ?query=...");
        }
        String operationName = ctx.queryParams().get(OPERATION_NAME);
        JsonObjectBuilder request = jsonProvider().createObjectBuilder().add(QUERY, query);
        if (operationName != null && !operationName.isEmpty()) {
            request.add(OPERATION_NAME, operationName);
        }
        for (String parameter : new String[] {VARIABLES, EXTENSIONS}) {
            String value = ctx.queryParams().get(parameter);
            if (value != null && !value.isEmpty()) {
                JsonValue parsed = parseJson(value, parameter + " is not JSON");
                if (parsed.getValueType() != JsonValue.ValueType.OBJECT) {
                    throw badRequest(parameter + " must be a JSON object");
                }
                request.add(parameter, parsed);
            }
        }
        OperationDefinition.Operation operation = operation(query, operationName);
        if (operation != null && operation != OperationDefinition.Operation.QUERY) {
            ctx.response().putHeader(HttpHeaderNames.ALLOW, "POST");
            throw new Refusal(405, "METHOD_NOT_ALLOWED", "GET runs queries only: send mutations and subscriptions by POST");
        }
        return request.build();
    }

    /**
     * The kind of operation the request would run: query, mutation or subscription. Null for a document that does
     * not parse or names no single operation, which is left to the execution to report as usual.
     */
    private static OperationDefinition.Operation operation(String query, String operationName) {
        Document document;
        try {
            // the operation parser options carry the token limit (see QueryLimitsInstaller)
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
        } catch (InvalidSyntaxException e) {
            return null;
        }
        var operations = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName())).toList();
        return operations.size() == 1 ? operations.get(0).getOperation() : null;
    }

    private static JsonValue parseJson(String text, String problem) throws Refusal {
        try (JsonReader reader = STRICT_JSON.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw badRequest(problem);
        }
    }

    private static void check(JsonObject request, String name, JsonValue.ValueType type, String what) throws Refusal {
        JsonValue value = request.get(name);
        if (value != null && value.getValueType() != JsonValue.ValueType.NULL && value.getValueType() != type) {
            throw badRequest(name + " must be " + what);
        }
    }

    private static Refusal badRequest(String message) {
        return new Refusal(400, "BAD_REQUEST", message);
    }

    private static void refuse(RoutingContext ctx, GraphQLResponseType type, Refusal refusal) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        io.vertx.core.json.JsonObject extensions = new io.vertx.core.json.JsonObject().put("code", refusal.code);
        if (refusal.limit != null) {
            extensions.put("limit", refusal.limit);
        }
        io.vertx.core.json.JsonObject error = new io.vertx.core.json.JsonObject().put("message", refusal.getMessage())
                .put("extensions", extensions);
        ctx.response().setStatusCode(refusal.status).putHeader(HttpHeaderNames.CONTENT_TYPE, type.contentType())
                .end(new io.vertx.core.json.JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    /**
     * Writes what SmallRye executed, with the status its response type gives it; a request stopped at a limit, or
     * whose answer is over the size limit, gets only the error that names the limit, never part of its data.
     */
    private record ResponseWriter(RoutingContext ctx, GraphQLResponseType type, RequestBudget budget,
            QueryLimitsConfig limits) implements ExecutionResponseWriter {
        @Override
        public void write(ExecutionResponse response) {
            if (ctx.response().ended() || ctx.response().closed()) {
                return;
            }
            if (budget.stopped() != null) {
                refuse(ctx, type, Refusal.of(budget.stopped(), type));
                return;
            }
            byte[] answer = response.getExecutionResultAsString().getBytes(StandardCharsets.UTF_8);
            long maxBytes = limits.maxAnswerSize().asLongValue();
            if (answer.length > maxBytes) {
                refuse(ctx, type, Refusal.of(RequestLimitException.answerTooLarge(maxBytes), type));
                return;
            }
            ctx.response().setStatusCode(type.status(response.getExecutionResult().isDataPresent()))
                    .putHeader(HttpHeaderNames.CONTENT_TYPE, type.contentType())
                    .end(Buffer.buffer(answer));
        }

        @Override
        public void fail(Throwable failure) {
            ctx.fail(failure);
        }
    }
}
