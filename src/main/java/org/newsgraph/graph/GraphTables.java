package org.newsgraph.graph;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The tables of {@code V1__graph.sql}: is the graph empty? */
final class GraphTables {
    private static final List<String> TABLES = List.of("quote", "event_claim", "event_mention", "event_participant",
            "event", "person_token", "person_alias", "person", "article_text", "article", "outlet");

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
}
