package org.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;

import org.newsgraph.common.InvalidInputException;
import org.newsgraph.extraction.ArticleDraft;
import org.newsgraph.extraction.ExtractedArticle;
import org.newsgraph.extraction.ExtractionPipeline;

/**
 * Ingests one article: validate, extract (outside any transaction: it is pure CPU work), then store.
 * Writes are serialised so that two articles naming the same new person or event cannot both create it.
 */
@ApplicationScoped
public class IngestService {
    private final ExtractionPipeline pipeline = new ExtractionPipeline();
    private final ReentrantLock writeLock = new ReentrantLock();

    @Inject
    ArticleWriter writer;
    @Inject
    MeterRegistry metrics;

    public IngestOutcome ingest(ArticleSubmission submission) {
        ArticleSubmission valid;
        try {
            valid = SubmissionValidator.validate(submission);
        } catch (InvalidInputException e) {
            metrics.counter("newsgraph.ingest.articles", "outcome", "rejected").increment();
            throw e;
        }
        ExtractedArticle extracted = pipeline.extract(
                new ArticleDraft(valid.title(), valid.body(), valid.publishedAt(), valid.language()));
        IngestOutcome outcome;
        writeLock.lock();
        try {
            outcome = writer.write(valid, extracted, contentHash(valid));
        } finally {
            writeLock.unlock();
        }
        count(outcome, extracted);
        return outcome;
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
