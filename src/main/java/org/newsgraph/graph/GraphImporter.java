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
import org.hibernate.SessionFactory;
import org.newsgraph.common.SqlWrites;
import org.newsgraph.writelock.GraphImportRunningException;
import org.newsgraph.writelock.GraphWriteLock;

/**
 * Imports a graph file into an empty database, streaming: lines are parsed a few hundred ahead ({@link DocumentStream})
 * and rows go out in JDBC batches of {@code newsgraph.import.articles-per-batch} articles, so memory does not grow with
 * the file (only the ids of outlets, people, events and articles are remembered).
 * <p>
 * All or nothing, even when the process is killed: the whole file is one transaction (the databases keep its undo
 * data on disk; at 10,000 articles it costs under a tenth more CPU than committing every 1,000). It holds the
 * {@link GraphWriteLock}, so no ingestion, here or in another instance, writes between the emptiness check and the
 * commit.
 */
@ApplicationScoped
public class GraphImporter {
    private static final String ANOTHER_IMPORT = "another graph import is running";

    @Inject
    DataSource dataSource;
    @Inject
    SessionFactory sessionFactory;
    @Inject
    SqlWrites writes;
    @ConfigProperty(name = "newsgraph.import.articles-per-batch", defaultValue = "1000")
    int articlesPerBatch;

    private final ReentrantLock running = new ReentrantLock();

    public ImportSummary importGraph(InputStream input, Progress progress) {
        if (!running.tryLock()) {
            throw new ImportConflictException(ANOTHER_IMPORT);
        }
        try {
            ImportSummary summary = write(input, progress);
            // the imported ids are taken: restart the sequences above them and drop the id blocks Hibernate and the ingestion hold
            sessionFactory.getSchemaManager().resynchronizeGenerators();
            writes.forgetIds();
            return summary;
        } finally {
            running.unlock();
        }
    }

    private ImportSummary write(InputStream input, Progress progress) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                takeWriteLock(c);
                requireEmpty(c);
                ImportSummary written = write(c, input, progress);
                c.commit();
                c.setAutoCommit(true);
                // the commit of a large import takes long on H2: it is part of the import's time
                return new ImportSummary(written.articles(), written.quotes(), written.people(), written.events(), progress.seconds());
            } catch (RuntimeException | SQLException e) {
                rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("graph import failed: " + e.getMessage(), e);
        }
    }

    private static void takeWriteLock(Connection c) throws SQLException {
        try {
            GraphWriteLock.take(c);
        } catch (GraphImportRunningException e) {
            // one in another service instance, or the command line's (on PostgreSQL)
            throw new ImportConflictException(ANOTHER_IMPORT);
        }
    }

    private static void requireEmpty(Connection c) throws SQLException {
        String table = GraphTables.firstNonEmpty(c);
        if (table != null) {
            throw new ImportConflictException("the database is not empty (table " + table
                    + " has rows): a graph is only imported into an empty database");
        }
    }

    private ImportSummary write(Connection c, InputStream input, Progress progress) throws SQLException {
        try (DocumentStream lines = new DocumentStream(input);
                GraphInserter inserter = new GraphInserter(c, Instant.now().truncatedTo(ChronoUnit.MICROS))) {
            int pending = 0;
            for (DocumentStream.Line line = lines.next(); line != null; line = lines.next()) {
                inserter.add(line.document(), line.number());
                if (++pending == articlesPerBatch) {
                    inserter.flush();
                    pending = 0;
                    progress.update(inserter.articles(), lines.bytesRead());
                }
            }
            inserter.flush();
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
}
