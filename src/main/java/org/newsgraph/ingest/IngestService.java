package org.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

    public IngestOutcome ingest(ArticleSubmission submission) {
        ArticleSubmission valid = SubmissionValidator.validate(submission);
        ExtractedArticle extracted = pipeline.extract(
                new ArticleDraft(valid.title(), valid.body(), valid.publishedAt(), valid.language()));
        writeLock.lock();
        try {
            return writer.write(valid, extracted, contentHash(valid));
        } finally {
            writeLock.unlock();
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
