package org.newsgraph.common;

import io.smallrye.graphql.api.ErrorCode;

/**
 * Input the service refuses, naming the offending field. GraphQL reports it with code BAD_USER_INPUT, REST with 400;
 * it is thrown before anything is written, so a rejected request changes nothing.
 */
@ErrorCode("BAD_USER_INPUT")
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
