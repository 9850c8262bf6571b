package org.newsgraph.graph;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports a graph file into an empty database, streaming: lines are parsed a few hundred ahead ({@link DocumentStream})
 * and rows go out in JDBC batches committed every {@code newsgraph.import.articles-per-commit} articles, so memory does
 * not grow with the file (only the ids of outlets, people, events and articles are remembered).
 * <p>
 * All or nothing: one transaction over a file of any size would hold its whole undo log, so instead a failure deletes
 * every row. That restores the database exactly, because an import only starts on an empty database; ingesting
 * articles while an import runs is not supported.
 */
@ApplicationScoped
public class GraphImporter {
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "newsgraph.import.articles-per-commit", defaultValue = "1000")
    int articlesPerCommit;

    private final ReentrantLock running = new ReentrantLock();

    public ImportSummary importGraph(InputStream input, Progress progress) {
        if (!running.tryLock()) {
            throw new ImportConflictException("another graph import is running");
        }
        try {
            requireEmpty();
            try {
                return write(input, progress);
            } catch (RuntimeException e) {
                undo(e);
                throw e;
            }
        } finally {
            running.unlock();
        }
    }

    private void requireEmpty() {
        try (Connection c = dataSource.getConnection()) {
            String table = GraphTables.firstNonEmpty(c);
            if (table != null) {
                throw new ImportConflictException("the database is not empty (table " + table
                        + " has rows): a graph is only imported into an empty database");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("graph import failed: " + e.getMessage(), e);
        }
    }

    private ImportSummary write(InputStream input, Progress progress) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                ImportSummary summary = write(c, input, progress);
                c.setAutoCommit(true);
                return summary;
            } catch (RuntimeException | SQLException e) {
                rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("graph import failed: " + e.getMessage(), e);
        }
    }

    private ImportSummary write(Connection c, InputStream input, Progress progress) throws SQLException {
        try (DocumentStream lines = new DocumentStream(input);
                GraphInserter inserter = new GraphInserter(c, Instant.now().truncatedTo(ChronoUnit.MICROS))) {
            int pending = 0;
            for (DocumentStream.Line line = lines.next(); line != null; line = lines.next()) {
                inserter.add(line.document(), line.number());
                if (++pending == articlesPerCommit) {
                    inserter.flush();
                    c.commit();
                    pending = 0;
                    progress.update(inserter.articles(), lines.bytesRead());
                }
            }
            inserter.flush();
            GraphTables.restartSequences(c);
            c.commit();
            return new ImportSummary(inserter.articles(), inserter.quotes(), inserter.people(), inserter.events(), progress.seconds());
        }
    }

    private static void rollback(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Deletes what the failed import committed, on a new connection (the failure may have broken the import's own);
     * a failure here is attached to the import's failure, not lost.
     */
    private void undo(RuntimeException failure) {
        try (Connection c = dataSource.getConnection()) {
            GraphTables.deleteAll(c);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
