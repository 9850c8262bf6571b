package org.newsgraph.security;

import java.time.Duration;

import io.smallrye.graphql.api.ErrorCode;

/** A GraphQL request ran past its time limit: the fields not yet fetched are not fetched. */
@ErrorCode("TIMEOUT")
public class RequestTooSlowException extends RuntimeException {

    public RequestTooSlowException(Duration limit) {
        super("the request ran longer than " + limit.toMillis() + " ms (newsgraph.graphql.max-duration); ask for fewer or smaller pages");
    }
}
