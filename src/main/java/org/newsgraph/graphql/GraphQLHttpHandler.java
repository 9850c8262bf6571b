package org.newsgraph.graphql;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.newsgraph.graphql.plan.PlannedQueries;
import org.newsgraph.graphql.plan.QueryPlan;
import org.newsgraph.security.StrictUtf8;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.arc.Arc;
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

    /** A request refused before execution, with the status and the error it gets. */
    private static final class Refusal extends Exception {
        final int status;
        final String code;

        Refusal(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    private final PlannedQueries planned;

    GraphQLHttpHandler(CurrentIdentityAssociation identity, CurrentVertxRequest request, PlannedQueries planned) {
        // not run blocking: SmallRye moves blocking resolvers to worker threads itself, as with its own handler
        super(identity, request, false);
        this.planned = planned;
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
        Map<String, Object> metaData = getMetaData(ctx);
        Optional<QueryPlan> plan = planned.plan(request.getString(QUERY), request.getString(OPERATION_NAME, null),
                request.containsKey(EXTENSIONS) && !request.isNull(EXTENSIONS));
        if (plan.isPresent()) {
            answerPlanned(ctx, type, request, plan.get(), metaData);
        } else {
            getExecutionService().executeAsync(request, metaData, new ResponseWriter(ctx, type));
        }
    }

    /**
     * Runs a plan on a worker thread, in this request's context, and answers with it; when the plan gives up, SmallRye
     * executes the request as usual, back on the request's own thread.
     */
    private void answerPlanned(RoutingContext ctx, GraphQLResponseType type, JsonObject request, QueryPlan plan,
            Map<String, Object> metaData) {
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
            if (result.succeeded() && result.result() != null) {
                ctx.response().setStatusCode(type.status(true)).putHeader(HttpHeaderNames.CONTENT_TYPE, type.contentType())
                        .end(Buffer.buffer(result.result()));
                return;
            }
            requestContext.activate(state);
            try {
                getExecutionService().executeAsync(request, metaData, new ResponseWriter(ctx, type));
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
        if (changesData(query, operationName)) {
            ctx.response().putHeader(HttpHeaderNames.ALLOW, "POST");
            throw new Refusal(405, "METHOD_NOT_ALLOWED", "GET runs queries only: send mutations and subscriptions by POST");
        }
        return request.build();
    }

    /**
     * Whether the operation a GET would run is a mutation or a subscription. A document that does not parse, or
     * names no single operation, is left to the execution, which reports it as usual.
     */
    private static boolean changesData(String query, String operationName) {
        Document document;
        try {
            // the operation parser options carry the token limit (see QueryLimitsInstaller)
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
        } catch (InvalidSyntaxException e) {
            return false;
        }
        var operations = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName())).toList();
        return operations.size() == 1 && operations.get(0).getOperation() != OperationDefinition.Operation.QUERY;
    }

    private static JsonValue parseJson(String text, String problem) throws Refusal {
        try (JsonReader reader = jsonProvider().createReader(new StringReader(text))) {
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
        io.vertx.core.json.JsonObject error = new io.vertx.core.json.JsonObject().put("message", refusal.getMessage())
                .put("extensions", new io.vertx.core.json.JsonObject().put("code", refusal.code));
        ctx.response().setStatusCode(refusal.status).putHeader(HttpHeaderNames.CONTENT_TYPE, type.contentType())
                .end(new io.vertx.core.json.JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    /** Writes what SmallRye executed, with the status its response type gives it. */
    private record ResponseWriter(RoutingContext ctx, GraphQLResponseType type) implements ExecutionResponseWriter {
        @Override
        public void write(ExecutionResponse response) {
            if (ctx.response().ended() || ctx.response().closed()) {
                return;
            }
            ctx.response().setStatusCode(type.status(response.getExecutionResult().isDataPresent()))
                    .putHeader(HttpHeaderNames.CONTENT_TYPE, type.contentType())
                    .end(response.getExecutionResultAsString());
        }

        @Override
        public void fail(Throwable failure) {
            ctx.fail(failure);
        }
    }
}
