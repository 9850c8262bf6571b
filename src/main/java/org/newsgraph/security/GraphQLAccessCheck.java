package org.newsgraph.security;

import java.lang.reflect.Method;
import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.execution.event.InvokeInfo;

/**
 * Checks {@code @RolesAllowed} of a GraphQL operation just before SmallRye invokes it, to refuse with a code and a
 * message: the Quarkus security interceptor, which still guards the method, throws exceptions without either.
 */
@ApplicationScoped
public class GraphQLAccessCheck {
    @Inject
    SecurityIdentity identity;

    void check(@Observes InvokeInfo invoke) {
        RolesAllowed allowed = rolesAllowed(invoke.getOperationMethod());
        if (allowed == null || Arrays.stream(allowed.value()).anyMatch(identity::hasRole)) {
            return;
        }
        throw identity.isAnonymous() ? new NotAuthenticatedException() : new NotAllowedException();
    }

    private static RolesAllowed rolesAllowed(Method method) {
        RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
        return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }
}
