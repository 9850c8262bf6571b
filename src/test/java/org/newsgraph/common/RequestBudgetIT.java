package org.newsgraph.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A request stopped while its statement runs: the statement is cancelled (the read ends with the reason the request
 * was stopped), its connection is back in the pool at once, and later reads of the request are refused unrun.
 */
@QuarkusTest
class RequestBudgetIT {
    /** Ten billion rows to count: it ends only when cancelled. */
    private static final String ENDLESS = "select count(*) from system_range(1, 100000) a, system_range(1, 100000) b";

    @Inject
    SqlReads sql;
    @Inject
    RequestBudget budget;
    @Inject
    AgroalDataSource dataSource;

    @Test
    @ActivateRequestContext
    void aStoppedRequestsStatementIsCancelledAndItsConnectionReturnsAtOnce() {
        RequestBudget mine = ClientProxy.unwrap(budget);
        RequestLimitException reason = RequestLimitException.tooSlow(java.time.Duration.ofSeconds(10));
        CompletableFuture<Void> stopper = CompletableFuture.runAsync(() -> {
            while (mine.runningStatements() == 0) {
                Thread.onSpinWait();
            }
            mine.stop(reason);
        });
        RequestLimitException stopped = assertThrows(RequestLimitException.class, () -> sql.count(ENDLESS, List.of()));
        stopper.join();

        assertSame(reason, stopped);
        assertEquals(0, mine.runningStatements());
        assertEquals(0, dataSource.getMetrics().activeCount(), "connections still held");
        long before = sql.statements();
        assertThrows(RequestLimitException.class, () -> sql.count("select 1", List.of()));
        assertEquals(before, sql.statements());
    }

    @Test
    @ActivateRequestContext
    void readsPastTheRowLimitStopTheRequest() {
        ClientProxy.unwrap(budget).limitRows(10);
        RequestLimitException stopped = assertThrows(RequestLimitException.class,
                () -> sql.list("select x from system_range(1, 1000)", List.of(), row -> row.getLong(1)));
        assertEquals("newsgraph.graphql.max-rows", stopped.limit());
        assertEquals(0, dataSource.getMetrics().activeCount(), "connections still held");
    }
}
