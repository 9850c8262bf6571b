package org.newsgraph.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.newsgraph.common.Sql;
import org.newsgraph.kinds.EventKind;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.kinds.QuoteKind;

/**
 * Reads the graph back as {@link ArticleDocument}s, one page of articles (by id) at a time, with one query per kind of
 * row for the whole page. Order, which makes an export deterministic: articles by id, quotes by position, an article's
 * events by id, participants by person id, aliases by alias id, claims by id.
 */
final class GraphPageReader implements AutoCloseable {
    /** People are read by a list of ids: H2 runs "id IN (subquery)" as a test of every person. */
    private static final String PEOPLE = "SELECT p.id, p.name, p.name_en, p.role, p.kind, p.role_source, pa.alias, pa.editorial"
            + " FROM person p LEFT JOIN person_alias pa ON pa.person_id = p.id WHERE p.id IN (%s) ORDER BY p.id, pa.id";
    private static final int IDS_PER_QUERY = 500;

    private final Connection connection;
    private final PreparedStatement articles;
    private final PreparedStatement speakers;
    private final PreparedStatement participants;
    private final PreparedStatement events;
    private final PreparedStatement claims;
    private final PreparedStatement quotes;

    /** Every query selects by the page's article id range, [first, last]. */
    GraphPageReader(Connection c) throws SQLException {
        connection = c;
        articles = c.prepareStatement("SELECT a.id, a.url, a.title, a.published_at, a.language, a.content_hash, a.ingested_at,"
                + " o.id, o.name, o.country, o.language, t.raw_body, t.body"
                + " FROM article a JOIN outlet o ON o.id = a.outlet_id LEFT JOIN article_text t ON t.article_id = a.id"
                + " WHERE a.id > ? ORDER BY a.id FETCH FIRST ? ROWS ONLY");
        speakers = c.prepareStatement("SELECT DISTINCT speaker_id FROM quote WHERE article_id BETWEEN ? AND ? AND speaker_id IS NOT NULL");
        participants = c.prepareStatement("SELECT DISTINCT ep.event_id, ep.person_id FROM event_mention m"
                + " JOIN event_participant ep ON ep.event_id = m.event_id WHERE m.article_id BETWEEN ? AND ?"
                + " ORDER BY ep.event_id, ep.person_id");
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
        Map<Long, List<Long>> participantIds = readParticipants(first, last);
        Set<Long> named = new TreeSet<>(readSpeakers(first, last));
        participantIds.values().forEach(named::addAll);
        Map<Long, ArticleDocument.Person> persons = readPeople(named);
        Map<Long, List<ArticleDocument.Person>> participants = new HashMap<>();
        participantIds.forEach((event, ids) -> participants.put(event, ids.stream().map(persons::get).toList()));
        Map<Long, List<ArticleDocument.Event>> eventsByArticle = readEvents(first, last, participants, readClaims(first, last));
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

    private List<Long> readSpeakers(long first, long last) throws SQLException {
        bindRange(speakers, first, last, 1);
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = speakers.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    /** Person ids taking part in each of the page's events, by person id. */
    private Map<Long, List<Long>> readParticipants(long first, long last) throws SQLException {
        bindRange(participants, first, last, 1);
        Map<Long, List<Long>> out = new HashMap<>();
        try (ResultSet rs = participants.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        return out;
    }

    /** The people with these ids, with their aliases. The stored name is Arabic-first; name_en holds the Latin form. */
    private Map<Long, ArticleDocument.Person> readPeople(Collection<Long> ids) throws SQLException {
        Map<Long, ArticleDocument.Person> out = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
            try (PreparedStatement people = connection.prepareStatement(
                    String.format(PEOPLE, String.join(", ", Collections.nCopies(chunk.size(), "?"))))) {
                for (int i = 0; i < chunk.size(); i++) {
                    people.setLong(i + 1, chunk.get(i));
                }
                addPeople(people, out);
            }
        }
        return out;
    }

    private static void addPeople(PreparedStatement people, Map<Long, ArticleDocument.Person> out) throws SQLException {
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
        for (PreparedStatement statement : List.of(articles, speakers, participants, events, claims, quotes)) {
            statement.close();
        }
    }
}
