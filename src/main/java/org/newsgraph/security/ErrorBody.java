package org.newsgraph.security;

/** JSON body of a refused or failed REST request; {@code errorId} is set only for unexpected server errors. */
public record ErrorBody(String code, String message, String errorId) {

    static ErrorBody of(String code, String message) {
        return new ErrorBody(code, message, null);
    }
}
