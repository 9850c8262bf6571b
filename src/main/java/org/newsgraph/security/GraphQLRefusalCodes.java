package org.newsgraph.security;

import java.util.Map;

import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.execution.error.ErrorInfoMap;
import io.smallrye.graphql.schema.model.ErrorInfo;

/**
 * GraphQL codes for refused operations: {@code @RolesAllowed} throws Quarkus exceptions we cannot annotate with
 * {@code @ErrorCode}, so their codes are registered where SmallRye looks them up.
 */
public class GraphQLRefusalCodes {

    void register(@Observes StartupEvent event) {
        ErrorInfoMap.register(Map.of(
                UnauthorizedException.class.getName(), new ErrorInfo(UnauthorizedException.class.getName(), Refusals.UNAUTHENTICATED),
                ForbiddenException.class.getName(), new ErrorInfo(ForbiddenException.class.getName(), Refusals.FORBIDDEN)));
    }
}
