package org.newsgraph.common;

import java.time.Duration;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A request went over one of its limits (time, rows read, bytes of its answer, an estimate of them) and was refused
 * or stopped: nothing of its answer is sent but this error, which names the limit by its configuration property.
 */
@ErrorCode("QUERY_TOO_LARGE")
public class RequestLimitException extends RuntimeException {
    /** The code of a request refused for its size or shape. */
    public static final String TOO_LARGE = "QUERY_TOO_LARGE";
    private final String code;
    private final String limit;

    public RequestLimitException(String code, String limit, String message) {
        super(message + " (" + limit + ")", null, false, false);
        this.code = code;
        this.limit = limit;
    }

    public static RequestLimitException tooManyRows(long max) {
        return new RequestLimitException(TOO_LARGE, "newsgraph.graphql.max-rows",
                "the request read more than " + max + " rows; ask for fewer or smaller pages");
    }

    public static RequestLimitException answerTooLarge(long maxBytes) {
        return new RequestLimitException(TOO_LARGE, "newsgraph.graphql.max-answer-size",
                "the answer is larger than " + maxBytes + " bytes; ask for fewer or smaller pages");
    }

    public static RequestLimitException tooSlow(Duration max) {
        return new RequestLimitException("TIMEOUT", "newsgraph.graphql.max-duration",
                "the request ran longer than " + max.toMillis() + " ms; ask for fewer or smaller pages");
    }

    /** {@code extensions.code} of the error: QUERY_TOO_LARGE, or TIMEOUT for the time limit. */
    public String code() {
        return code;
    }

    /** The configuration property of the limit. */
    public String limit() {
        return limit;
    }
}
