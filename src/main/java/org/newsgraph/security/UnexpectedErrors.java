package org.newsgraph.security;

import java.util.UUID;

import org.jboss.logging.Logger;

/**
 * Unexpected failures: the detail (stack trace, SQL) goes to the server log under a fresh id; the client only gets
 * the id, to quote when reporting the problem.
 */
public final class UnexpectedErrors {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class);
    public static final String MESSAGE = "unexpected server error; quote the errorId when reporting it";

    private UnexpectedErrors() {
    }

    public static String log(Throwable failure) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected error %s", id);
        return id;
    }
}
