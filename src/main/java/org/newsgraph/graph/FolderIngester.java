package org.newsgraph.graph;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsgraph.common.InvalidInputException;
import org.newsgraph.ingest.IngestOutcome;
import org.newsgraph.ingest.IngestService;

/**
 * Ingests a folder of raw articles through the normal ingestion path (validation, extraction, one transaction per
 * article, idempotent by url), so the folder can be ingested again after adding or changing files. A refused article
 * is reported and skipped; anything else (the database gone) stops the run, leaving the articles before it stored.
 */
@ApplicationScoped
public class FolderIngester {
    @Inject
    IngestService ingest;
    @Inject
    DataSource dataSource;

    /** {@code refusals} receives one line per refused article: its file and why. */
    FolderSummary ingest(ArticleFolder folder, Progress progress, Consumer<String> refusals) throws IOException {
        long eventsBefore = count("event");
        long peopleBefore = count("person");
        long[] byResult = new long[IngestOutcome.Result.values().length];
        long refused = 0;
        long quotes = 0;
        long done = 0;
        for (ArticleFolder.Entry entry : folder.entries()) {
            try {
                IngestOutcome outcome = ingest.ingest(ArticleFolder.submission(entry));
                byResult[outcome.result().ordinal()]++;
                if (outcome.result() != IngestOutcome.Result.UNCHANGED) {
                    quotes += outcome.quotes();
                }
            } catch (InvalidInputException e) {
                refused++;
                refusals.accept("refused " + entry.name() + ": " + e.getMessage()
                        + (entry.indexed() ? "" : " (not in the index: --base-url and --outlet give url and outlet)"));
            } catch (RuntimeException e) {
                throw new IOException("stopped at " + entry.name() + " after " + done + " articles (those not refused are stored): "
                        + e.getMessage(), e);
            }
            done++;
            progress.update(done, done);
        }
        return new FolderSummary(done, byResult[IngestOutcome.Result.CREATED.ordinal()], byResult[IngestOutcome.Result.UPDATED.ordinal()],
                byResult[IngestOutcome.Result.UNCHANGED.ordinal()], refused, quotes, count("event") - eventsBefore,
                count("person") - peopleBefore, progress.seconds());
    }

    private long count(String table) throws IOException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IOException("cannot read the database: " + e.getMessage(), e);
        }
    }
}
