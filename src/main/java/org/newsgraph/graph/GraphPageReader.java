package org.newsgraph.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.event.EventKind;
import org.newsgraph.person.PersonKind;
import org.newsgraph.quote.QuoteKind;

/**
 * Reads the graph back as {@link ArticleDocument}s, one page of articles (by id) at a time, with one query per kind of
 * row for the whole page. Order, which makes an export deterministic: articles by id, quotes by position, an article's
 * events by id, participants by person id, aliases by alias id, claims by id.
 */
final class GraphPageReader implements AutoCloseable {
    /** The page's articles are those with ids in [?, ?]: every query below selects by that range. */
    private static final String PAGE_EVENTS = "SELECT m.event_id FROM event_mention m WHERE m.article_id BETWEEN ? AND ?";

    private final PreparedStatement articles;
    private final PreparedStatement people;
    private final PreparedStatement participants;
    private final PreparedStatement events;
    private final PreparedStatement claims;
    private final PreparedStatement quotes;

    GraphPageReader(Connection c) throws SQLException {
        articles = c.prepareStatement("SELECT a.id, a.url, a.title, a.published_at, a.language, a.content_hash, a.ingested_at,"
                + " o.id, o.name, o.country, o.language, t.raw_body, t.body"
                + " FROM article a JOIN outlet o ON o.id = a.outlet_id LEFT JOIN article_text t ON t.article_id = a.id"
                + " WHERE a.id > ? ORDER BY a.id FETCH FIRST ? ROWS ONLY");
        people = c.prepareStatement("SELECT p.id, p.name, p.name_en, p.role, p.kind, p.role_source, pa.alias, pa.editorial"
                + " FROM person p LEFT JOIN person_alias pa ON pa.person_id = p.id"
                + " WHERE p.id IN (SELECT q.speaker_id FROM quote q WHERE q.article_id BETWEEN ? AND ?"
                + " UNION SELECT ep.person_id FROM event_participant ep WHERE ep.event_id IN (" + PAGE_EVENTS + "))"
                + " ORDER BY p.id, pa.id");
        participants = c.prepareStatement("SELECT ep.event_id, ep.person_id FROM event_participant ep"
                + " WHERE ep.event_id IN (" + PAGE_EVENTS + ") ORDER BY ep.event_id, ep.person_id");
        events = c.prepareStatement("SELECT m.article_id, e.id, e.kind, e.title, e.title_en, e.starts_on, e.ends_on, e.location,"
                + " e.confidence, m.span, m.start_offset, m.end_offset"
                + " FROM event_mention m JOIN event e ON e.id = m.event_id WHERE m.article_id BETWEEN ? AND ?"
                + " ORDER BY m.article_id, e.id");
        claims = c.prepareStatement("SELECT article_id, event_id, id, attribute, claim_value, span, start_offset, end_offset"
                + " FROM event_claim WHERE article_id BETWEEN ? AND ? ORDER BY article_id, event_id, id");
        quotes = c.prepareStatement("SELECT article_id, id, position, kind, text, cue, start_offset, end_offset, confidence, rule,"
                + " speaker_id, speaker_span, speaker_confidence, speaker_rule, event_id, event_confidence, event_rule"
                + " FROM quote WHERE article_id BETWEEN ? AND ? ORDER BY article_id, position, id");
    }

    /** Up to {@code size} articles with ids above {@code afterId}, in id order; empty at the end. */
    List<ArticleDocument> page(long afterId, int size) throws SQLException {
        List<ArticleDocument> page = readArticles(afterId, size);
        if (page.isEmpty()) {
            return page;
        }
        long first = page.get(0).id();
        long last = page.get(page.size() - 1).id();
        Map<Long, ArticleDocument.Person> persons = readPeople(first, last);
        Map<Long, List<ArticleDocument.Event>> eventsByArticle = readEvents(first, last, readParticipants(first, last, persons),
                readClaims(first, last));
        Map<Long, List<ArticleDocument.Quote>> quotesByArticle = readQuotes(first, last, persons);
        List<ArticleDocument> out = new ArrayList<>(page.size());
        for (ArticleDocument a : page) {
            out.add(new ArticleDocument(a.id(), a.url(), a.title(), a.publishedAt(), a.language(), a.body(), a.rawBody(),
                    a.contentHash(), a.ingestedAt(), a.outlet(), eventsByArticle.getOrDefault(a.id(), List.of()),
                    quotesByArticle.getOrDefault(a.id(), List.of())));
        }
        return out;
    }

    private List<ArticleDocument> readArticles(long afterId, int size) throws SQLException {
        articles.setLong(1, afterId);
        articles.setInt(2, size);
        List<ArticleDocument> out = new ArrayList<>(size);
        try (ResultSet rs = articles.executeQuery()) {
            while (rs.next()) {
                ArticleDocument.Outlet outlet = new ArticleDocument.Outlet(rs.getLong(8), rs.getString(9), rs.getString(10),
                        rs.getString(11));
                out.add(new ArticleDocument(rs.getLong(1), rs.getString(2), rs.getString(3), Sql.getInstant(rs, 4),
                        rs.getString(5), rs.getString(13), rs.getString(12), rs.getString(6), Sql.getInstant(rs, 7), outlet,
                        List.of(), List.of()));
            }
        }
        return out;
    }

    /** Everyone the page names, with their aliases. The stored name is Arabic-first; name_en holds the Latin form. */
    private Map<Long, ArticleDocument.Person> readPeople(long first, long last) throws SQLException {
        bindRange(people, first, last, 2);
        Map<Long, ArticleDocument.Person> out = new HashMap<>();
        try (ResultSet rs = people.executeQuery()) {
            while (rs.next()) {
                ArticleDocument.Person person = out.get(rs.getLong(1));
                if (person == null) {
                    String name = rs.getString(2);
                    String nameEn = rs.getString(3);
                    person = new ArticleDocument.Person(rs.getLong(1), nameEn != null ? nameEn : name, nameEn != null ? name : null,
                            rs.getString(4), PersonKind.valueOf(rs.getString(5)), rs.getString(6), new ArrayList<>());
                    out.put(person.id(), person);
                }
                if (rs.getString(7) != null) {
                    person.aliases().add(new ArticleDocument.Alias(rs.getString(7), rs.getBoolean(8)));
                }
            }
        }
        return out;
    }

    private Map<Long, List<ArticleDocument.Person>> readParticipants(long first, long last, Map<Long, ArticleDocument.Person> persons)
            throws SQLException {
        bindRange(participants, first, last, 1);
        Map<Long, List<ArticleDocument.Person>> out = new HashMap<>();
        try (ResultSet rs = participants.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(persons.get(rs.getLong(2)));
            }
        }
        return out;
    }

    private Map<ClaimKey, List<ArticleDocument.Claim>> readClaims(long first, long last) throws SQLException {
        bindRange(claims, first, last, 1);
        Map<ClaimKey, List<ArticleDocument.Claim>> out = new HashMap<>();
        try (ResultSet rs = claims.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(new ClaimKey(rs.getLong(1), rs.getLong(2)), k -> new ArrayList<>()).add(new ArticleDocument.Claim(
                        rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8)));
            }
        }
        return out;
    }

    /** Each article's events with its own mention and claims. The stored title is Arabic-first; title_en holds the Latin one. */
    private Map<Long, List<ArticleDocument.Event>> readEvents(long first, long last,
            Map<Long, List<ArticleDocument.Person>> participantsByEvent, Map<ClaimKey, List<ArticleDocument.Claim>> claimsByMention)
            throws SQLException {
        bindRange(events, first, last, 1);
        Map<Long, List<ArticleDocument.Event>> out = new HashMap<>();
        try (ResultSet rs = events.executeQuery()) {
            while (rs.next()) {
                long articleId = rs.getLong(1);
                long eventId = rs.getLong(2);
                String title = rs.getString(4);
                String titleEn = rs.getString(5);
                ArticleDocument.Mention mention = new ArticleDocument.Mention(rs.getString(10), Sql.getInteger(rs, 11),
                        Sql.getInteger(rs, 12));
                boolean hasMention = mention.span() != null || mention.startOffset() != null || mention.endOffset() != null;
                out.computeIfAbsent(articleId, k -> new ArrayList<>()).add(new ArticleDocument.Event(eventId,
                        EventKind.valueOf(rs.getString(3)), titleEn != null ? titleEn : title, titleEn != null ? title : null,
                        Sql.getDate(rs, 6), Sql.getDate(rs, 7), rs.getString(8), rs.getDouble(9), hasMention ? mention : null,
                        claimsByMention.getOrDefault(new ClaimKey(articleId, eventId), List.of()),
                        participantsByEvent.getOrDefault(eventId, List.of())));
            }
        }
        return out;
    }

    private Map<Long, List<ArticleDocument.Quote>> readQuotes(long first, long last, Map<Long, ArticleDocument.Person> persons)
            throws SQLException {
        bindRange(quotes, first, last, 1);
        Map<Long, List<ArticleDocument.Quote>> out = new HashMap<>();
        try (ResultSet rs = quotes.executeQuery()) {
            while (rs.next()) {
                Long speakerId = Sql.getBigint(rs, 11);
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ArticleDocument.Quote(rs.getLong(2),
                        rs.getInt(3), QuoteKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), Sql.getInteger(rs, 7),
                        Sql.getInteger(rs, 8), rs.getDouble(9), rs.getString(10), speakerId == null ? null : persons.get(speakerId),
                        rs.getString(12), Sql.getDouble(rs, 13), rs.getString(14), Sql.getBigint(rs, 15), Sql.getDouble(rs, 16),
                        rs.getString(17)));
            }
        }
        return out;
    }

    /** Binds the page's id range {@code times} times (once per use of the range in the statement). */
    private static void bindRange(PreparedStatement statement, long first, long last, int times) throws SQLException {
        for (int i = 0; i < times; i++) {
            statement.setLong(2 * i + 1, first);
            statement.setLong(2 * i + 2, last);
        }
    }

    private record ClaimKey(long articleId, long eventId) {
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : List.of(articles, people, participants, events, claims, quotes)) {
            statement.close();
        }
    }
}
