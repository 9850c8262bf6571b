package org.newsgraph.graphql;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsgraph.common.RequestBudget;
import org.newsgraph.graphql.plan.PlannedQueries;
import org.newsgraph.security.QueryLimitsConfig;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Puts {@link GraphQLHttpHandler} on GET and POST {@value #PATH}, ahead of SmallRye's handler (which keeps OPTIONS)
 * and behind the security checks, the request size limit and SmallRye's WebSocket handler for subscriptions. It
 * reads the body itself, with the same limit as the HTTP layer: SmallRye's body reader sits on SmallRye's route.
 */
public class GraphQLHttpRoute {
    static final String PATH = "/graphql";

    @Inject
    CurrentIdentityAssociation identity;
    @Inject
    CurrentVertxRequest request;
    @Inject
    PlannedQueries planned;
    @Inject
    QueryLimitsConfig limits;
    @Inject
    Instance<RequestBudget> budgets;
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        BodyHandler body = BodyHandler.create(false);
        maxBodySize.ifPresent(limit -> body.setBodyLimit(limit.asLongValue()));
        router.route(PATH).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).method(HttpMethod.GET).method(HttpMethod.POST)
                .handler(body).handler(new GraphQLHttpHandler(identity, request, planned, limits, budgets));
    }
}
