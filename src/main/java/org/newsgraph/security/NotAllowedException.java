package org.newsgraph.security;

import io.smallrye.graphql.api.ErrorCode;

/** A GraphQL operation was called with a key whose role does not allow it. */
@ErrorCode(Refusals.FORBIDDEN)
public class NotAllowedException extends RuntimeException {

    public NotAllowedException() {
        super(Refusals.TOO_WEAK);
    }
}
