package org.newsgraph.security;

import jakarta.enterprise.event.Observes;

import io.quarkus.security.AuthenticationFailedException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request with a bad key fails before it reaches GraphQL or REST; this answers it with 401 and a body that says
 * why, shaped like the errors of the endpoint the client called.
 */
public class AuthenticationFailureResponder {

    void install(@Observes Router router) {
        router.route().failureHandler(this::respond);
    }

    private void respond(RoutingContext context) {
        if (!(context.failure() instanceof AuthenticationFailedException) || context.response().ended()) {
            context.next();
            return;
        }
        context.response().setStatusCode(401)
                .putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer")
                .putHeader(HttpHeaderNames.CONTENT_TYPE, "application/json")
                .end(body(context.normalizedPath()).encode());
    }

    private static JsonObject body(String path) {
        if (path.startsWith("/graphql")) {
            JsonObject error = new JsonObject().put("message", Refusals.UNKNOWN_KEY)
                    .put("extensions", new JsonObject().put("code", Refusals.UNAUTHENTICATED));
            return new JsonObject().put("errors", new JsonArray().add(error));
        }
        return new JsonObject().put("code", Refusals.UNAUTHENTICATED).put("message", Refusals.UNKNOWN_KEY);
    }
}
