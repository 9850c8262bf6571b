package org.newsgraph.security;

import io.smallrye.graphql.api.ErrorCode;

/** A GraphQL operation that needs a key was called without one. */
@ErrorCode(Refusals.UNAUTHENTICATED)
public class NotAuthenticatedException extends RuntimeException {

    public NotAuthenticatedException() {
        super(Refusals.NO_KEY);
    }
}
