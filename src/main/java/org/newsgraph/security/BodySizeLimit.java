package org.newsgraph.security;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Holds request bodies to {@code newsgraph.http.max-body-size} on every path but the graph import, which streams
 * files far larger (the HTTP layer's own cap, quarkus.http.limits.max-body-size, is the import's). The declared length
 * decides before any byte is read; a body of undeclared length is refused, except for the import.
 */
public class BodySizeLimit {
    private static final String IMPORT_PATH = "/graph/import";

    @ConfigProperty(name = "newsgraph.http.max-body-size", defaultValue = "4M")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        boolean chunked = context.request().getHeader(HttpHeaderNames.TRANSFER_ENCODING) != null;
        if (context.normalizedPath().equals(IMPORT_PATH) || (length == null && !chunked)) {
            context.next();
            return;
        }
        boolean graphql = context.normalizedPath().startsWith("/graphql");
        long max = maxBodySize.asLongValue();
        if (length == null) {
            context.response().putHeader(HttpHeaderNames.CONNECTION, "close").endHandler(v -> context.request().connection().close());
            EarlyFailureResponder.answer(context, 411, graphql, "LENGTH_REQUIRED",
                    "send the body with a Content-Length (at most " + max + " bytes, newsgraph.http.max-body-size)");
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            EarlyFailureResponder.answer(context, 400, graphql, "BAD_REQUEST", "Content-Length is not a number");
            return;
        }
        if (declared > max) {
            // the body is not read: close the connection once answered, or a client still sending would wait for ever
            context.response().putHeader(HttpHeaderNames.CONNECTION, "close").endHandler(v -> context.request().connection().close());
            EarlyFailureResponder.answer(context, 413, graphql, "PAYLOAD_TOO_LARGE",
                    "request body larger than " + max + " bytes (newsgraph.http.max-body-size)");
            return;
        }
        context.next();
    }
}
