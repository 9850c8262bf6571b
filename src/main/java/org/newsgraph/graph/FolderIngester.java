package org.newsgraph.graph;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.newsgraph.common.InvalidInputException;
import org.newsgraph.ingest.IngestOutcome;
import org.newsgraph.ingest.IngestService;
import org.newsgraph.ingest.IngestService.PreparedArticle;

/**
 * Ingests a folder of raw articles through the normal ingestion path (validation, extraction, idempotent by url), so
 * the folder can be ingested again after adding or changing files. A refused article is reported and skipped;
 * anything else (the database gone) stops the run, leaving the articles before it stored.
 * Two things make it fast: articles are read and extracted on a second thread while the ones before them are written,
 * and {@code newsgraph.ingest.folder.articles-per-commit} articles share a transaction (a commit writes the changed
 * pages of every index touched, which costs more than writing one article's rows). A crash loses at most the articles
 * since the last commit, which ingesting the folder again stores.
 */
@ApplicationScoped
public class FolderIngester {
    /** Articles extracted ahead of the writer: enough to keep it busy, few enough to bound the memory they hold. */
    private static final int READ_AHEAD = 64;

    @Inject
    IngestService ingest;
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "newsgraph.ingest.folder.articles-per-commit", defaultValue = "100")
    int articlesPerCommit;

    /** An entry once read and extracted: the article, or why it was refused. */
    private record Prepared(ArticleFolder.Entry entry, PreparedArticle article, InvalidInputException refusal) {
    }

    /**
     * {@code refusals} receives one line per refused article: its file and why; {@code stored} one line per created
     * or updated article: {@code created|updated ID URL}.
     */
    FolderSummary ingest(ArticleFolder folder, Progress progress, Consumer<String> refusals, Consumer<String> stored) throws IOException {
        long eventsBefore = count("event");
        long peopleBefore = count("person");
        Tally tally = new Tally();
        ExecutorService extraction = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "folder-extraction");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Iterator<ArticleFolder.Entry> entries = folder.entries().iterator();
            Deque<Future<Prepared>> ahead = new ArrayDeque<>();
            List<Prepared> group = new ArrayList<>();
            while (entries.hasNext() || !ahead.isEmpty()) {
                while (entries.hasNext() && ahead.size() < READ_AHEAD) {
                    ArticleFolder.Entry entry = entries.next();
                    ahead.add(extraction.submit(() -> prepare(entry)));
                }
                Prepared next = next(ahead.poll());
                if (next.refusal() != null) {
                    tally.refused++;
                    tally.done++;
                    refusals.accept("refused " + next.entry().name() + ": " + next.refusal().getMessage()
                            + (next.entry().indexed() ? "" : " (not in the index: --base-url and --outlet give url and outlet)"));
                } else {
                    group.add(next);
                }
                if (group.size() == articlesPerCommit || (!entries.hasNext() && ahead.isEmpty())) {
                    store(group, tally, stored);
                    group.clear();
                    progress.update(tally.done, tally.done);
                }
            }
        } finally {
            extraction.shutdownNow();
        }
        return new FolderSummary(tally.done, tally.byResult[IngestOutcome.Result.CREATED.ordinal()],
                tally.byResult[IngestOutcome.Result.UPDATED.ordinal()], tally.byResult[IngestOutcome.Result.UNCHANGED.ordinal()],
                tally.refused, tally.quotes, count("event") - eventsBefore, count("person") - peopleBefore, progress.seconds());
    }

    private static final class Tally {
        final long[] byResult = new long[IngestOutcome.Result.values().length];
        long refused;
        long quotes;
        long done;
    }

    private Prepared prepare(ArticleFolder.Entry entry) throws IOException {
        try {
            return new Prepared(entry, ingest.prepare(ArticleFolder.submission(entry)), null);
        } catch (InvalidInputException e) {
            return new Prepared(entry, null, e);
        }
    }

    private static Prepared next(Future<Prepared> prepared) throws IOException {
        try {
            return prepared.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** Stores a group in one transaction; when that fails, article by article, to store those before the failing one. */
    private void store(List<Prepared> group, Tally tally, Consumer<String> stored) throws IOException {
        if (group.isEmpty()) {
            return;
        }
        try {
            count(group, ingest.store(group.stream().map(Prepared::article).toList()), tally, stored);
        } catch (RuntimeException groupFailure) {
            for (Prepared one : group) {
                try {
                    count(List.of(one), ingest.store(List.of(one.article())), tally, stored);
                } catch (RuntimeException e) {
                    throw new IOException("stopped at " + one.entry().name() + " after " + tally.done
                            + " articles (those not refused are stored): " + e.getMessage(), e);
                }
            }
        }
    }

    private static void count(List<Prepared> group, List<IngestOutcome> outcomes, Tally tally, Consumer<String> stored) {
        for (int i = 0; i < outcomes.size(); i++) {
            IngestOutcome outcome = outcomes.get(i);
            tally.byResult[outcome.result().ordinal()]++;
            if (outcome.result() != IngestOutcome.Result.UNCHANGED) {
                tally.quotes += outcome.quotes();
                stored.accept(outcome.result().name().toLowerCase(Locale.ROOT) + " " + outcome.articleId() + " "
                        + group.get(i).article().submission().url());
            }
        }
        tally.done += group.size();
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
