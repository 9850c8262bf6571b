package org.newsgraph.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.newsgraph.article.Article;
import org.newsgraph.common.Sql;
import org.newsgraph.common.SqlReads;
import org.newsgraph.common.SqlWrites;
import org.newsgraph.correction.CorrectionService;
import org.newsgraph.event.EventResolver;
import org.newsgraph.extraction.ExtractedArticle;
import org.newsgraph.extraction.ExtractedQuote;
import org.newsgraph.person.PersonResolver;
import org.newsgraph.text.ArabicNormalizer;
import org.newsgraph.writelock.GraphWriteLock;

/**
 * Stores extracted articles and everything they report in one transaction: all of it or nothing. Plain JDBC (see
 * {@link SqlWrites}); only the editors' corrections, re-applied to a changed article, go through the entity manager.
 */
@ApplicationScoped
public class ArticleWriter {
    @Inject
    EntityManager em;
    @Inject
    SqlReads sql;
    @Inject
    SqlWrites writes;
    @Inject
    PersonResolver people;
    @Inject
    EventResolver events;
    @Inject
    CorrectionService corrections;
    @Inject
    Event<ArticleStored> stored;

    private record StoredArticle(long id, String contentHash) {
    }

    @Transactional
    public List<IngestOutcome> write(List<IngestService.PreparedArticle> articles) {
        GraphWriteLock.take(em); // before any read: what this write decides on must not change until it commits
        List<IngestOutcome> outcomes = new ArrayList<>(articles.size());
        for (IngestService.PreparedArticle article : articles) {
            outcomes.add(write(article.submission(), article.extracted(), article.contentHash()));
        }
        return outcomes;
    }

    private IngestOutcome write(ArticleSubmission submission, ExtractedArticle extracted, String contentHash) {
        StoredArticle existing = sql.list("select id, content_hash from article where url = ?", List.of(submission.url()),
                row -> new StoredArticle(row.getLong(1), row.getString(2))).stream().findFirst().orElse(null);
        if (existing != null && existing.contentHash().equals(contentHash)) {
            return unchanged(existing.id());
        }
        long articleId = existing != null ? existing.id() : writes.nextId("article_seq");
        if (existing != null) {
            removeDerived(articleId);
        }
        storeArticle(articleId, existing == null, submission, extracted, contentHash);

        Map<Integer, Long> personIds = people.resolve(extracted.people());
        Map<Integer, Long> eventIds = events.resolve(articleId, extracted.events(), personIds);
        long sortTime = Article.sortTime(submission.publishedAt());
        int position = 0;
        for (ExtractedQuote found : extracted.quotes()) {
            storeQuote(articleId, ++position, sortTime, found, personIds, eventIds);
        }
        if (existing != null) {
            corrections.reapply(articleId);
        }
        stored.fire(new ArticleStored(articleId));
        return new IngestOutcome(articleId, existing == null ? IngestOutcome.Result.CREATED : IngestOutcome.Result.UPDATED,
                extracted.quotes().size(), eventIds.size(), extracted.warnings());
    }

    private IngestOutcome unchanged(long articleId) {
        long quotes = sql.count("select count(*) from quote where article_id = ?", List.of(articleId));
        long mentions = sql.count("select count(*) from event_mention where article_id = ?", List.of(articleId));
        return new IngestOutcome(articleId, IngestOutcome.Result.UNCHANGED, (int) quotes, (int) mentions,
                List.of("unchanged: this url was already ingested with the same content"));
    }

    /** A changed article replaces what it reported; events no other article reports go with it. */
    private void removeDerived(long articleId) {
        List<Long> mentioned = sql.list("select event_id from event_mention where article_id = ?", List.of(articleId),
                row -> row.getLong(1));
        for (String table : List.of("quote", "event_claim", "event_mention")) {
            writes.update("delete from " + table + " where article_id = ?", s -> s.setLong(1, articleId));
        }
        if (!mentioned.isEmpty()) {
            List<Object> parameters = new ArrayList<>();
            String ids = Sql.in(mentioned, parameters);
            writes.update("delete from event_participant where event_id in " + ids
                    + " and not exists (select 1 from event_mention m where m.event_id = event_participant.event_id)", parameters);
            writes.update("delete from event where id in " + ids + " and not exists (select 1 from event_mention m where m.event_id = event.id)"
                    + " and not exists (select 1 from quote q where q.event_id = event.id)", parameters);
            events.revoteKinds(mentioned); // this article's say on what kind they are went with its claims
        }
    }

    private void storeArticle(long id, boolean created, ArticleSubmission submission, ExtractedArticle extracted, String contentHash) {
        long outletId = outlet(submission.outlet());
        String title = submission.title() != null ? submission.title() : extracted.title();
        Instant ingestedAt = Instant.now();
        writes.update(created
                ? "insert into article (outlet_id, title, published_at, sort_time, language, content_hash, ingested_at, url, id)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "update article set outlet_id = ?, title = ?, published_at = ?, sort_time = ?, language = ?, content_hash = ?,"
                        + " ingested_at = ?, url = ? where id = ?", s -> {
                    s.setLong(1, outletId);
                    s.setString(2, title);
                    Sql.setInstant(s, 3, submission.publishedAt());
                    s.setLong(4, Article.sortTime(submission.publishedAt()));
                    s.setString(5, submission.language());
                    s.setString(6, contentHash);
                    Sql.setInstant(s, 7, ingestedAt);
                    s.setString(8, submission.url());
                    s.setLong(9, id);
                });
        SqlWrites.Parameters text = s -> {
            s.setString(1, submission.body());
            s.setString(2, extracted.body());
            s.setLong(3, id);
        };
        // an article stored by another writer may have no text yet
        if (created || writes.update("update article_text set raw_body = ?, body = ? where article_id = ?", text) == 0) {
            writes.update("insert into article_text (raw_body, body, article_id) values (?, ?, ?)", text);
        }
    }

    private void storeQuote(long articleId, int position, long sortTime, ExtractedQuote found, Map<Integer, Long> personIds,
            Map<Integer, Long> eventIds) {
        long id = writes.nextId("quote_seq");
        Long speakerId = found.speakerRef() == null ? null : personIds.get(found.speakerRef());
        Long eventId = found.eventRef() == null ? null : eventIds.get(found.eventRef());
        writes.update("insert into quote (id, article_id, position, text, text_key, kind, cue, start_offset, end_offset, sort_time,"
                + " confidence, rule, speaker_id, speaker_span, speaker_confidence, speaker_rule, event_id, event_confidence, event_rule)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
                    s.setLong(1, id);
                    s.setLong(2, articleId);
                    s.setInt(3, position);
                    s.setString(4, found.text().text());
                    s.setString(5, ArabicNormalizer.matchKey(found.text().text()));
                    s.setString(6, found.kind().name());
                    s.setString(7, found.cue());
                    s.setInt(8, found.text().start());
                    s.setInt(9, found.text().end());
                    s.setLong(10, sortTime);
                    s.setDouble(11, found.confidence());
                    s.setString(12, found.rule());
                    Sql.setBigint(s, 13, speakerId);
                    s.setString(14, found.speakerSpan() == null ? null : found.speakerSpan().text());
                    Sql.setDouble(s, 15, speakerId == null ? null : found.speakerConfidence());
                    s.setString(16, speakerId == null ? null : found.speakerRule());
                    Sql.setBigint(s, 17, eventId);
                    Sql.setDouble(s, 18, eventId == null ? null : found.eventConfidence());
                    s.setString(19, eventId == null ? null : found.eventRule());
                });
    }

    private long outlet(String name) {
        List<Long> known = sql.list("select id from outlet where name = ?", List.of(name), row -> row.getLong(1));
        if (!known.isEmpty()) {
            return known.get(0);
        }
        long id = writes.nextId("outlet_seq");
        writes.update("insert into outlet (id, name) values (?, ?)", s -> {
            s.setLong(1, id);
            s.setString(2, name);
        });
        return id;
    }
}
