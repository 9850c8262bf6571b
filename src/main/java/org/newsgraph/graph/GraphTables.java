package org.newsgraph.graph;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Whole-graph operations on the tables of {@code V1__graph.sql}: is it empty, empty it, move sequences past imported ids. */
final class GraphTables {
    /** Children before parents, so deleting in this order never breaks a foreign key. */
    private static final List<String> TABLES = List.of("quote", "event_claim", "event_mention", "event_participant",
            "event", "person_token", "person_alias", "person", "article_text", "article", "outlet");
    private static final List<String> SEQUENCES_BY_TABLE = List.of("outlet", "article", "person", "person_alias", "event",
            "event_claim", "quote");
    /** Must match the sequences' INCREMENT BY: Hibernate's pooled optimizer hands out the block below the value it reads. */
    private static final int SEQUENCE_STEP = 50;

    private GraphTables() {
    }

    /** The first table holding a row, or null when the graph is empty. */
    static String firstNonEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY")) {
                    if (rs.next()) {
                        return table;
                    }
                }
            }
        }
        return null;
    }

    static void deleteAll(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    /**
     * Restarts each id sequence so that the first block Hibernate allocates starts above the largest stored id:
     * ingestion after an import must not reuse imported ids.
     */
    static void restartSequences(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : SEQUENCES_BY_TABLE) {
                long max;
                try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                    rs.next();
                    max = rs.getLong(1);
                }
                s.execute("ALTER SEQUENCE " + table + "_seq RESTART WITH " + (max + SEQUENCE_STEP));
            }
        }
    }
}
