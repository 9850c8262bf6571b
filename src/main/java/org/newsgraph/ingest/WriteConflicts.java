package org.newsgraph.ingest;

import java.sql.SQLException;
import java.util.Set;

/** Recognises a write that lost a race with another writer and may succeed when tried again. */
final class WriteConflicts {
    /**
     * SQL states of H2 and PostgreSQL: a unique key taken meanwhile (23505), a row referenced or removed meanwhile
     * (23503, H2's 23506), a serialization failure or deadlock (40001, 40P01).
     */
    private static final Set<String> RETRYABLE = Set.of("23505", "23503", "23506", "40001", "40P01");

    private WriteConflicts() {
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (e.getSQLState() != null && RETRYABLE.contains(e.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
