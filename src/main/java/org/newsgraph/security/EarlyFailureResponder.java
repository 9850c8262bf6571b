package org.newsgraph.security;

import jakarta.enterprise.event.Observes;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers requests that fail before they reach a GraphQL operation or a REST method, which would otherwise get
 * an empty 401: a bad key. (GraphQL bodies that are no GraphQL request are refused by the graphql package's
 * GraphQLHttpHandler.)
 */
public class EarlyFailureResponder {
    private static final String GRAPHQL_PATH = "/graphql";

    void install(@Observes Router router, ApiKeyRegistry keys) {
        // a key sent to a service that has none is not a typo: say so, or the client hunts for the wrong mistake
        String unknownKey = keys.isEmpty() ? Refusals.NO_KEY_CONFIGURED : Refusals.UNKNOWN_KEY;
        router.route().failureHandler(context -> respond(context, unknownKey));
    }

    private static void respond(RoutingContext context, String unknownKey) {
        Throwable failure = context.failure();
        boolean graphql = context.normalizedPath().startsWith(GRAPHQL_PATH);
        if (context.response().ended()) {
            context.next();
        } else if (failure instanceof AuthenticationFailedException) {
            context.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
            answer(context, 401, graphql, Refusals.UNAUTHENTICATED, unknownKey);
        } else {
            context.next();
        }
    }

    private static void answer(RoutingContext context, int status, boolean graphql, String code, String message) {
        context.response().setStatusCode(status).putHeader(HttpHeaderNames.CONTENT_TYPE, "application/json")
                .end(body(graphql, code, message).encode());
    }

    /** Shaped like the errors of the endpoint the client called. */
    private static JsonObject body(boolean graphql, String code, String message) {
        if (graphql) {
            JsonObject error = new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code));
            return new JsonObject().put("errors", new JsonArray().add(error));
        }
        return new JsonObject().put("code", code).put("message", message);
    }
}
