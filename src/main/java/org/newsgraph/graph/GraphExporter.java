package org.newsgraph.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes the whole graph as a graph file (JSON Lines, UTF-8, one article a line, {@code \n} after each), reading a
 * page of articles at a time so memory stays constant. It reads in one repeatable-read transaction: a consistent
 * snapshot even while articles are ingested.
 */
@ApplicationScoped
public class GraphExporter {
    static final int ARTICLES_PER_PAGE = 500;
    private static final JsonFactory JSON = new JsonFactory();

    @Inject
    DataSource dataSource;

    /** Writes the graph to {@code out} (left open) and returns the number of articles written; progress counts articles. */
    public long export(OutputStream out, Progress progress) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (GraphPageReader reader = new GraphPageReader(c);
                    JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.setRootValueSeparator(null);
                long written = 0;
                long after = 0;
                for (List<ArticleDocument> page = reader.page(after, ARTICLES_PER_PAGE); !page.isEmpty();
                        page = reader.page(after, ARTICLES_PER_PAGE)) {
                    for (ArticleDocument article : page) {
                        DocumentWriter.write(json, article);
                        json.writeRaw('\n');
                    }
                    written += page.size();
                    after = page.get(page.size() - 1).id();
                    progress.update(written, written);
                }
                json.flush();
                return written;
            } finally {
                c.rollback();
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IOException("graph export failed: " + e.getMessage(), e);
        }
    }
}
