package org.newsgraph.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Path policy {@value #NAME} for everything clients read: open unless {@code newsgraph.auth.read-requires-key}
 * is set, then a key with role reader is needed. Writes are checked by {@code @RolesAllowed} on top of this.
 */
@ApplicationScoped
public class ReadAccessPolicy implements HttpSecurityPolicy {
    static final String NAME = "newsgraph-read";

    @Inject
    AuthConfig config;

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext requestContext) {
        if (!config.readRequiresKey()) {
            return CheckResult.permit();
        }
        return identity.map(who -> who.hasRole(Roles.READER) ? CheckResult.PERMIT : CheckResult.DENY);
    }

    @Override
    public String name() {
        return NAME;
    }
}
