package org.newsgraph.writelock;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * The database lock every write to the graph takes first, held until its transaction ends: the one row of
 * {@code graph_write_lock} (V4). It makes writers on one database take turns, whichever service instance they run in.
 * <p>
 * A writer waits for it {@value #WAIT_MILLIS} ms at most, then is refused with {@link GraphImportRunningException}:
 * articles and corrections hold the lock for milliseconds, a graph import for its whole file, so only an import makes
 * a writer wait that long. That is H2's lock timeout (unless the url sets another LOCK_TIMEOUT); PostgreSQL, which
 * would wait for the import to end, is given it for the lock statement.
 */
public final class GraphWriteLock {
    private static final int WAIT_MILLIS = 2000;
    private static final String LOCK = "SELECT id FROM graph_write_lock WHERE id = 1 FOR UPDATE";
    /** H2's LOCK_TIMEOUT_1 (error 50200), PostgreSQL's lock_not_available. */
    private static final Set<String> LOCK_TIMEOUTS = Set.of("HYT00", "55P03");

    private GraphWriteLock() {
    }

    /** Within the caller's JTA transaction. */
    public static void take(EntityManager em) {
        em.unwrap(Session.class).doWork(GraphWriteLock::take);
    }

    /** Within the connection's current transaction (auto-commit off). */
    public static void take(Connection c) throws SQLException {
        boolean postgres = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        try (Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("SET LOCAL lock_timeout = " + WAIT_MILLIS);
            }
            try (ResultSet rs = s.executeQuery(LOCK)) {
                rs.next();
            }
            if (postgres) {
                // SET LOCAL would last until the transaction ends: later statements wait as they did before
                s.execute("SET LOCAL lock_timeout = DEFAULT");
            }
        } catch (SQLException e) {
            if (LOCK_TIMEOUTS.contains(e.getSQLState())) {
                throw new GraphImportRunningException();
            }
            throw e;
        }
    }
}
