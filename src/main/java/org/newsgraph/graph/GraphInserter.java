package org.newsgraph.graph;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.article.Article;
import org.newsgraph.common.Sql;
import org.newsgraph.event.Event;
import org.newsgraph.identity.PersonMatcher;
import org.newsgraph.ingest.ArticleSubmission;
import org.newsgraph.ingest.IngestService;
import org.newsgraph.text.ArabicNormalizer;

/**
 * Writes {@link ArticleDocument}s with JDBC batches, keeping the file's ids. Outlets, people and events repeat across
 * lines: each is written the first time it is seen (only their ids are remembered) and later copies are ignored.
 * Rows are only sent by {@link #flush}, which runs the batches parents first so that foreign keys hold.
 */
final class GraphInserter implements AutoCloseable {
    private final Instant importedAt;
    private final PreparedStatement outlet;
    private final PreparedStatement person;
    private final PreparedStatement alias;
    private final PreparedStatement token;
    private final PreparedStatement event;
    private final PreparedStatement participant;
    private final PreparedStatement article;
    private final PreparedStatement text;
    private final PreparedStatement mention;
    private final PreparedStatement claim;
    private final PreparedStatement quote;
    /** In flush order. */
    private final List<PreparedStatement> batches = new ArrayList<>();

    private final LongSet outlets = new LongSet();
    private final LongSet people = new LongSet();
    private final LongSet events = new LongSet();
    private final LongSet articles = new LongSet();
    private long aliasId;
    private long quotes;
    private long firstPendingLine;
    private long lastPendingLine;

    GraphInserter(Connection c, Instant importedAt) throws SQLException {
        this.importedAt = importedAt;
        outlet = prepare(c, "INSERT INTO outlet (id, name, country, language) VALUES (?, ?, ?, ?)");
        person = prepare(c, "INSERT INTO person (id, name, name_en, name_key, role, role_source, kind) VALUES (?, ?, ?, ?, ?, ?, ?)");
        alias = prepare(c, "INSERT INTO person_alias (id, person_id, alias, alias_key, editorial) VALUES (?, ?, ?, ?, ?)");
        token = prepare(c, "INSERT INTO person_token (token, person_id) VALUES (?, ?)");
        event = prepare(c, "INSERT INTO event (id, kind, title, title_en, starts_on, ends_on, sort_day, location, confidence)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        participant = prepare(c, "INSERT INTO event_participant (event_id, person_id) VALUES (?, ?)");
        article = prepare(c, "INSERT INTO article (id, url, outlet_id, title, published_at, sort_time, language, content_hash,"
                + " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        text = prepare(c, "INSERT INTO article_text (article_id, raw_body, body) VALUES (?, ?, ?)");
        mention = prepare(c, "INSERT INTO event_mention (event_id, article_id, span, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)");
        claim = prepare(c, "INSERT INTO event_claim (id, event_id, article_id, attribute, claim_value, span, start_offset, end_offset)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        quote = prepare(c, "INSERT INTO quote (id, article_id, speaker_id, event_id, text, text_key, kind, cue, position, start_offset,"
                + " end_offset, sort_time, confidence, rule, speaker_span, speaker_confidence, speaker_rule, event_confidence, event_rule)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    private PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        batches.add(statement);
        return statement;
    }

    void add(ArticleDocument doc, long line) throws SQLException {
        if (!articles.add(doc.id())) {
            throw BadLineException.at(line, "id: article " + doc.id() + " appears on an earlier line");
        }
        if (firstPendingLine == 0) {
            firstPendingLine = line;
        }
        lastPendingLine = line;
        addOutlet(doc.outlet());
        addArticle(doc);
        Set<Long> mentioned = new HashSet<>();
        for (ArticleDocument.Event e : doc.events()) {
            addEvent(e);
            if (mentioned.add(e.id())) {
                addMention(doc.id(), e);
            }
        }
        for (int i = 0; i < doc.quotes().size(); i++) {
            ArticleDocument.Quote q = doc.quotes().get(i);
            if (q.eventId() != null && !mentioned.contains(q.eventId())) {
                throw BadLineException.at(line, "quotes[" + i + "].event_id: event " + q.eventId() + " is not in this article's events");
            }
            addQuote(doc, q);
        }
    }

    /**
     * Sends every pending row. Data the database refuses (a duplicate id or url, a value too long: SQL states 22 and
     * 23) is bad input naming the lines it came from; any other failure is the database's.
     */
    void flush() {
        try {
            for (PreparedStatement batch : batches) {
                batch.executeBatch();
            }
        } catch (SQLException e) {
            SQLException cause = e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
            String lines = "lines " + firstPendingLine + "-" + lastPendingLine;
            String state = cause.getSQLState() == null ? "" : cause.getSQLState();
            if (state.startsWith("22") || state.startsWith("23")) {
                throw new BadLineException(lines + ": refused by the database: " + cause.getMessage());
            }
            throw new IllegalStateException(lines + ": database failure: " + cause.getMessage(), e);
        }
        firstPendingLine = 0;
    }

    long articles() {
        return articles.size();
    }

    long quotes() {
        return quotes;
    }

    long people() {
        return people.size();
    }

    long events() {
        return events.size();
    }

    private void addOutlet(ArticleDocument.Outlet o) throws SQLException {
        if (!outlets.add(o.id())) {
            return;
        }
        outlet.setLong(1, o.id());
        outlet.setString(2, o.name());
        outlet.setString(3, o.country());
        outlet.setString(4, o.language());
        outlet.addBatch();
    }

    private void addArticle(ArticleDocument a) throws SQLException {
        String rawBody = a.rawBody() != null ? a.rawBody() : a.body();
        article.setLong(1, a.id());
        article.setString(2, a.url());
        article.setLong(3, a.outlet().id());
        article.setString(4, a.title());
        Sql.setInstant(article, 5, a.publishedAt());
        article.setLong(6, Article.sortTime(a.publishedAt()));
        article.setString(7, a.language());
        article.setString(8, a.contentHash() != null ? a.contentHash() : IngestService.contentHash(
                new ArticleSubmission(a.url(), a.outlet().name(), a.title(), a.publishedAt(), a.language(), rawBody)));
        Sql.setInstant(article, 9, a.ingestedAt() != null ? a.ingestedAt() : importedAt);
        article.addBatch();
        if (a.body() != null) {
            text.setLong(1, a.id());
            text.setString(2, rawBody);
            text.setString(3, a.body());
            text.addBatch();
        }
    }

    /** The stored name is the Arabic one when the file has it; the Latin one is kept in name_en. */
    private void addPerson(ArticleDocument.Person p) throws SQLException {
        if (!people.add(p.id())) {
            return;
        }
        String name = p.nameAr() != null ? p.nameAr() : p.name();
        person.setLong(1, p.id());
        person.setString(2, name);
        person.setString(3, p.nameAr() != null ? p.name() : null);
        person.setString(4, ArabicNormalizer.matchKey(name));
        person.setString(5, p.role());
        person.setString(6, p.roleSource());
        person.setString(7, p.kind().name());
        person.addBatch();
        // the tokens later ingestion looks people up by: those of the name and of every alias, as PersonResolver writes them
        Set<String> tokens = new HashSet<>(PersonMatcher.tokens(name));
        for (ArticleDocument.Alias a : p.aliases()) {
            alias.setLong(1, ++aliasId);
            alias.setLong(2, p.id());
            alias.setString(3, a.alias());
            alias.setString(4, ArabicNormalizer.matchKey(a.alias()));
            alias.setBoolean(5, a.editorial());
            alias.addBatch();
            tokens.addAll(PersonMatcher.tokens(a.alias()));
        }
        for (String t : tokens) {
            token.setString(1, t);
            token.setLong(2, p.id());
            token.addBatch();
        }
    }

    private void addEvent(ArticleDocument.Event e) throws SQLException {
        if (!events.add(e.id())) {
            return;
        }
        event.setLong(1, e.id());
        event.setString(2, e.kind().name());
        event.setString(3, e.titleAr() != null ? e.titleAr() : e.title());
        event.setString(4, e.titleAr() != null ? e.title() : null);
        Sql.setDate(event, 5, e.startsOn());
        Sql.setDate(event, 6, e.endsOn());
        event.setInt(7, Event.sortDay(e.startsOn()));
        event.setString(8, e.location());
        event.setDouble(9, e.confidence());
        event.addBatch();
        Set<Long> added = new HashSet<>();
        for (ArticleDocument.Person p : e.participants()) {
            addPerson(p);
            if (added.add(p.id())) {
                participant.setLong(1, e.id());
                participant.setLong(2, p.id());
                participant.addBatch();
            }
        }
    }

    private void addMention(long articleId, ArticleDocument.Event e) throws SQLException {
        ArticleDocument.Mention m = e.mention();
        mention.setLong(1, e.id());
        mention.setLong(2, articleId);
        mention.setString(3, m == null ? null : m.span());
        Sql.setInteger(mention, 4, m == null ? null : m.startOffset());
        Sql.setInteger(mention, 5, m == null ? null : m.endOffset());
        mention.addBatch();
        for (ArticleDocument.Claim c : e.claims()) {
            claim.setLong(1, c.id());
            claim.setLong(2, e.id());
            claim.setLong(3, articleId);
            claim.setString(4, c.attribute());
            claim.setString(5, c.value());
            claim.setString(6, c.span());
            claim.setInt(7, c.startOffset());
            claim.setInt(8, c.endOffset());
            claim.addBatch();
        }
    }

    private void addQuote(ArticleDocument a, ArticleDocument.Quote q) throws SQLException {
        if (q.speaker() != null) {
            addPerson(q.speaker());
        }
        quote.setLong(1, q.id());
        quote.setLong(2, a.id());
        Sql.setBigint(quote, 3, q.speaker() == null ? null : q.speaker().id());
        Sql.setBigint(quote, 4, q.eventId());
        quote.setString(5, q.text());
        quote.setString(6, ArabicNormalizer.matchKey(q.text()));
        quote.setString(7, q.kind().name());
        quote.setString(8, q.cue());
        quote.setInt(9, q.position());
        Sql.setInteger(quote, 10, q.startOffset());
        Sql.setInteger(quote, 11, q.endOffset());
        quote.setLong(12, Article.sortTime(a.publishedAt()));
        quote.setDouble(13, q.confidence());
        quote.setString(14, q.rule());
        quote.setString(15, q.speakerSpan());
        Sql.setDouble(quote, 16, q.speakerConfidence());
        quote.setString(17, q.speakerRule());
        Sql.setDouble(quote, 18, q.eventConfidence());
        quote.setString(19, q.eventRule());
        quote.addBatch();
        quotes++;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : batches) {
            statement.close();
        }
    }
}
