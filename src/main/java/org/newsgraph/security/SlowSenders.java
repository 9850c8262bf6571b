package org.newsgraph.security;

import java.time.Duration;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Cuts off a client that sends its request body too slowly: once its headers are in, the whole request must arrive
 * within {@code newsgraph.http.request-body-timeout}, or the connection is closed. Each slow sender would otherwise
 * hold a connection and a body buffer for as long as it likes. (Headers that never end, and connections that send
 * nothing, are cut by {@code quarkus.http.idle-timeout}.)
 */
public class SlowSenders {
    @ConfigProperty(name = "newsgraph.http.request-body-timeout", defaultValue = "30s")
    Duration bodyTimeout;

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_RECORD_START_TIME).handler(this::deadline);
    }

    private void deadline(RoutingContext ctx) {
        if (!ctx.request().isEnded()) {
            long timer = ctx.vertx().setTimer(bodyTimeout.toMillis(), id -> {
                if (!ctx.request().isEnded()) {
                    ctx.request().connection().close();
                }
            });
            ctx.addEndHandler(ended -> ctx.vertx().cancelTimer(timer));
        }
        ctx.next();
    }
}
