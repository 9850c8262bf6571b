package org.newsgraph.ingest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleText;
import org.newsgraph.article.Outlet;
import org.newsgraph.correction.CorrectionService;
import org.newsgraph.event.EventResolver;
import org.newsgraph.extraction.ArabicNormalizer;
import org.newsgraph.extraction.ExtractedArticle;
import org.newsgraph.extraction.ExtractedQuote;
import org.newsgraph.person.PersonResolver;
import org.newsgraph.quote.Quote;

/** Stores one extracted article and everything it reports in one transaction: all of it or nothing. */
@ApplicationScoped
public class ArticleWriter {
    @Inject
    EntityManager em;
    @Inject
    PersonResolver people;
    @Inject
    EventResolver events;
    @Inject
    CorrectionService corrections;
    @Inject
    Event<ArticleStored> stored;

    @Transactional
    public IngestOutcome write(ArticleSubmission submission, ExtractedArticle extracted, String contentHash) {
        GraphWriteLock.take(em); // before any read: what this write decides on must not change until it commits
        Article article = Article.findByUrl(submission.url());
        boolean created = article == null;
        if (!created && article.contentHash.equals(contentHash)) {
            return unchanged(article);
        }
        if (created) {
            article = new Article();
            article.url = submission.url();
        } else {
            removeDerived(article.id);
        }
        article.outlet = outlet(submission.outlet());
        article.title = submission.title() != null ? submission.title() : extracted.title();
        article.setPublished(submission.publishedAt());
        article.language = submission.language();
        article.contentHash = contentHash;
        article.ingestedAt = OffsetDateTime.now(ZoneOffset.UTC);
        article.persist();
        storeText(article.id, created, submission.body(), extracted.body());

        Map<Integer, Long> personIds = people.resolve(extracted.people());
        Map<Integer, Long> eventIds = events.resolve(article.id, extracted.events(), personIds);
        int position = 0;
        for (ExtractedQuote found : extracted.quotes()) {
            Quote quote = new Quote();
            quote.articleId = article.id;
            quote.position = ++position;
            quote.text = found.text().text();
            quote.textKey = ArabicNormalizer.matchKey(quote.text);
            quote.kind = found.kind();
            quote.cue = found.cue();
            quote.startOffset = found.text().start();
            quote.endOffset = found.text().end();
            quote.sortTime = article.sortTime;
            quote.confidence = found.confidence();
            quote.rule = found.rule();
            quote.speakerId = found.speakerRef() == null ? null : personIds.get(found.speakerRef());
            quote.speakerSpan = found.speakerSpan() == null ? null : found.speakerSpan().text();
            quote.speakerConfidence = quote.speakerId == null ? null : found.speakerConfidence();
            quote.speakerRule = quote.speakerId == null ? null : found.speakerRule();
            quote.eventId = found.eventRef() == null ? null : eventIds.get(found.eventRef());
            quote.eventConfidence = quote.eventId == null ? null : found.eventConfidence();
            quote.eventRule = quote.eventId == null ? null : found.eventRule();
            quote.persist();
        }
        if (!created) {
            corrections.reapply(article.id);
        }
        stored.fire(new ArticleStored(article.id));
        return new IngestOutcome(article.id, created ? IngestOutcome.Result.CREATED : IngestOutcome.Result.UPDATED, extracted.quotes().size(), eventIds.size(), extracted.warnings());
    }

    private IngestOutcome unchanged(Article article) {
        long quotes = em.createQuery("select count(q) from Quote q where q.articleId = :id", Long.class)
                .setParameter("id", article.id).getSingleResult();
        long mentions = em.createQuery("select count(m) from EventMention m where m.articleId = :id", Long.class)
                .setParameter("id", article.id).getSingleResult();
        return new IngestOutcome(article.id, IngestOutcome.Result.UNCHANGED, (int) quotes, (int) mentions,
                List.of("unchanged: this url was already ingested with the same content"));
    }

    /** A changed article replaces what it reported; events no other article reports go with it. */
    private void removeDerived(long articleId) {
        List<Long> mentioned = em.createQuery("select m.eventId from EventMention m where m.articleId = :id", Long.class)
                .setParameter("id", articleId).getResultList();
        em.createQuery("delete from Quote q where q.articleId = :id").setParameter("id", articleId).executeUpdate();
        em.createQuery("delete from EventClaim c where c.articleId = :id").setParameter("id", articleId).executeUpdate();
        em.createQuery("delete from EventMention m where m.articleId = :id").setParameter("id", articleId).executeUpdate();
        if (!mentioned.isEmpty()) {
            em.createQuery("delete from EventParticipant ep where ep.eventId in :ids and not exists"
                    + " (select 1 from EventMention m where m.eventId = ep.eventId)").setParameter("ids", mentioned).executeUpdate();
            em.createQuery("delete from Event e where e.id in :ids and not exists (select 1 from EventMention m where m.eventId = e.id)"
                    + " and not exists (select 1 from Quote q where q.eventId = e.id)").setParameter("ids", mentioned).executeUpdate();
            events.revoteKinds(mentioned); // this article's say on what kind they are went with its claims
        }
    }

    private void storeText(long articleId, boolean created, String rawBody, String body) {
        // a new article has no text yet: no read
        ArticleText text = created ? null : em.find(ArticleText.class, articleId);
        if (text == null) {
            text = new ArticleText();
            text.articleId = articleId;
        }
        text.rawBody = rawBody;
        text.body = body;
        text.persist();
    }

    private Outlet outlet(String name) {
        Outlet outlet = Outlet.findByName(name);
        if (outlet == null) {
            outlet = new Outlet();
            outlet.name = name;
            outlet.persist();
        }
        return outlet;
    }
}
