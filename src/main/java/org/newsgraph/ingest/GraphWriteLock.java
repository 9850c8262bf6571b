package org.newsgraph.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.persistence.EntityManager;

/**
 * The database lock every write to the graph takes first, held until its transaction ends: the one row of
 * {@code graph_write_lock} (V4). It makes writers on one database take turns, whichever service instance they run in.
 */
public final class GraphWriteLock {
    private static final String LOCK = "SELECT id FROM graph_write_lock WHERE id = 1 FOR UPDATE";

    private GraphWriteLock() {
    }

    /** Within the caller's JTA transaction. */
    public static void take(EntityManager em) {
        em.createNativeQuery(LOCK).getSingleResult();
    }

    /** Within the connection's current transaction (auto-commit off). */
    public static void take(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(LOCK)) {
            rs.next();
        }
    }
}
