package org.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

import org.newsgraph.common.InvalidInputException;
import org.newsgraph.extraction.ArticleDraft;
import org.newsgraph.extraction.ExtractedArticle;
import org.newsgraph.extraction.ExtractionPipeline;

/**
 * Ingests one article: validate, extract (outside any transaction: it is pure CPU work), then store.
 * Writes take turns, so that two articles naming the same new person or event cannot both create it: within this
 * instance on a Java lock (waiting writers hold no database connection), across instances on the
 * {@link GraphWriteLock}. A write that still loses a race (a writer outside the lock) is tried again.
 */
@ApplicationScoped
public class IngestService {
    /** A conflicting write is tried again with what the other writer committed; more than twice means a bug. */
    private static final int WRITE_ATTEMPTS = 3;

    private final ExtractionPipeline pipeline = new ExtractionPipeline();
    private final ReentrantLock writeLock = new ReentrantLock();

    @Inject
    ArticleWriter writer;
    @Inject
    MeterRegistry metrics;

    /** A validated and extracted article, ready to be stored. */
    public record PreparedArticle(ArticleSubmission submission, ExtractedArticle extracted, String contentHash) {
    }

    public IngestOutcome ingest(ArticleSubmission submission) {
        return store(List.of(prepare(submission))).get(0);
    }

    /** Validates and extracts, outside any transaction and any lock: callers may prepare articles in parallel. */
    public PreparedArticle prepare(ArticleSubmission submission) {
        ArticleSubmission valid;
        try {
            valid = SubmissionValidator.validate(submission);
        } catch (InvalidInputException e) {
            metrics.counter("newsgraph.ingest.articles", "outcome", "rejected").increment();
            throw e;
        }
        ExtractedArticle extracted = pipeline.extract(
                new ArticleDraft(valid.title(), valid.body(), valid.publishedAt(), valid.language()));
        if (extracted.body().isBlank()) {
            metrics.counter("newsgraph.ingest.articles", "outcome", "rejected").increment();
            throw new InvalidInputException("body", "has no text once markup, page noise and invisible characters are removed");
        }
        return new PreparedArticle(valid, extracted, contentHash(valid));
    }

    /** Stores prepared articles in one transaction, all or none; their outcomes in order. */
    public List<IngestOutcome> store(List<PreparedArticle> articles) {
        List<IngestOutcome> outcomes = write(articles);
        for (int i = 0; i < articles.size(); i++) {
            count(outcomes.get(i), articles.get(i).extracted());
        }
        return outcomes;
    }

    private List<IngestOutcome> write(List<PreparedArticle> articles) {
        for (int attempt = 1; ; attempt++) {
            writeLock.lock();
            try {
                return writer.write(articles);
            } catch (RuntimeException e) {
                if (attempt == WRITE_ATTEMPTS || !WriteConflicts.isConflict(e)) {
                    throw e;
                }
                metrics.counter("newsgraph.ingest.retries").increment();
                Log.debugf("write conflict on %s, trying again: %s", articles.get(0).submission().url(), e);
            } finally {
                writeLock.unlock();
            }
        }
    }

    /** Ingestion and extraction outcomes for the metrics endpoint. */
    private void count(IngestOutcome outcome, ExtractedArticle extracted) {
        metrics.counter("newsgraph.ingest.articles", "outcome", outcome.result().name().toLowerCase(java.util.Locale.ROOT)).increment();
        if (outcome.result() != IngestOutcome.Result.UNCHANGED) {
            metrics.counter("newsgraph.extraction.quotes").increment(extracted.quotes().size());
            metrics.counter("newsgraph.extraction.events").increment(extracted.events().size());
            metrics.counter("newsgraph.extraction.people").increment(extracted.people().size());
            metrics.counter("newsgraph.extraction.warnings").increment(extracted.warnings().size());
            long unattributed = extracted.quotes().stream().filter(q -> q.speakerRef() == null).count();
            metrics.counter("newsgraph.extraction.quotes.unattributed").increment(unattributed);
        }
    }

    /** Identifies what the article says: a re-submission with the same hash changes nothing. */
    public static String contentHash(ArticleSubmission s) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {s.outlet(), s.title(), String.valueOf(s.publishedAt()), s.language(), s.body()}) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
