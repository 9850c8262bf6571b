package org.newsgraph.common;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.RequestScoped;

import org.jboss.logging.Logger;

/**
 * What the reads of one request may still spend: rows, and the statements running for it, which are cancelled when
 * the request is stopped (its time ran out, its client went away, it reached a limit) so that their connections go
 * back to the pool at once instead of working on for nobody. Unlimited until {@link #limit} is called: only GraphQL
 * requests are limited, reads elsewhere keep to the statement timeout alone.
 */
@RequestScoped
public class RequestBudget {
    private static final Logger LOG = Logger.getLogger(RequestBudget.class);

    private final Set<Statement> running = ConcurrentHashMap.newKeySet();
    private final AtomicLong rows = new AtomicLong();
    private volatile long maxRows = Long.MAX_VALUE;
    private volatile RequestLimitException stopped;

    /** Limits the rows the request's reads may return in all. */
    public void limitRows(long max) {
        maxRows = max;
    }

    /**
     * Stops the request: every statement running for it is cancelled, and later reads are refused with
     * {@code reason}. The first reason stays.
     */
    public void stop(RequestLimitException reason) {
        if (stopped == null) {
            stopped = reason;
        }
        for (Statement statement : running) {
            cancel(statement);
        }
    }

    /** Why the request was stopped, or null while it may run. */
    public RequestLimitException stopped() {
        return stopped;
    }

    /** The rows read so far are not counted any more: the request is answered again from the start. */
    public void restart() {
        rows.set(0);
    }

    void started(Statement statement) {
        running.add(statement);
        RequestLimitException reason = stopped;
        if (reason != null) {
            // stopped between the check before the statement and now: the stop may have missed it
            cancel(statement);
            throw reason;
        }
    }

    void ended(Statement statement) {
        running.remove(statement);
    }

    /** How many of the request's statements are running now. */
    int runningStatements() {
        return running.size();
    }

    void checkRunning() {
        RequestLimitException reason = stopped;
        if (reason != null) {
            throw reason;
        }
    }

    /** Counts one row read; over the limit the request is stopped. */
    void countRow() {
        if (rows.incrementAndGet() > maxRows) {
            stop(RequestLimitException.tooManyRows(maxRows));
            throw stopped;
        }
    }

    private static void cancel(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException | RuntimeException e) {
            // closed meanwhile: nothing left to cancel
            LOG.debugf("statement not cancelled: %s", e);
        }
    }
}
