package org.newsgraph.graph;

import java.util.List;

import org.newsgraph.kinds.EventKind;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.kinds.QuoteKind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads one line of the graph file into an {@link ArticleDocument}, refusing it with its line number and the problem. */
final class DocumentReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentReader() {
    }

    static ArticleDocument read(String line, long lineNumber) {
        JsonNode tree;
        try {
            tree = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw BadLineException.at(lineNumber, "not valid JSON at column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        try {
            return article(new JsonFields("", tree));
        } catch (IllegalArgumentException e) {
            throw BadLineException.at(lineNumber, e.getMessage());
        }
    }

    private static ArticleDocument article(JsonFields a) {
        return new ArticleDocument(a.id("id"), a.text("url"), a.optionalText("title"), a.optionalInstant("published_at"),
                a.text("language"), a.optionalText("body"), a.optionalText("raw_body"), a.optionalText("content_hash"),
                a.optionalInstant("ingested_at"), outlet(a.object("outlet")), a.list("events", DocumentReader::event),
                a.list("quotes", DocumentReader::quote));
    }

    private static ArticleDocument.Outlet outlet(JsonFields o) {
        return new ArticleDocument.Outlet(o.id("id"), o.text("name"), o.optionalText("country"), o.optionalText("language"));
    }

    private static ArticleDocument.Event event(JsonFields e) {
        JsonFields mention = e.optionalObject("mention");
        return new ArticleDocument.Event(e.id("id"), e.constant("kind", EventKind.class), e.text("title"),
                e.optionalText("title_ar"), e.optionalDate("starts_on"), e.optionalDate("ends_on"), e.optionalText("location"),
                confidence(e, "confidence"), mention == null ? null : mention(mention), e.list("claims", DocumentReader::claim),
                e.list("participants", DocumentReader::person));
    }

    private static ArticleDocument.Mention mention(JsonFields m) {
        return new ArticleDocument.Mention(m.optionalText("span"), m.optionalInt("start_offset"), m.optionalInt("end_offset"));
    }

    private static ArticleDocument.Claim claim(JsonFields c) {
        return new ArticleDocument.Claim(c.id("id"), c.text("attribute"), c.text("value"), c.text("span"),
                c.integer("start_offset"), c.integer("end_offset"));
    }

    private static ArticleDocument.Person person(JsonFields p) {
        PersonKind kind = p.optionalConstant("kind", PersonKind.class);
        return new ArticleDocument.Person(p.id("id"), p.text("name"), p.optionalText("name_ar"), p.optionalText("role"),
                kind == null ? PersonKind.PERSON : kind, p.optionalText("role_source"), aliases(p));
    }

    /** Explicit aliases when the file has them (an export), else the name forms it gives (gen.py). */
    private static List<ArticleDocument.Alias> aliases(JsonFields p) {
        List<ArticleDocument.Alias> explicit = p.list("aliases", a -> new ArticleDocument.Alias(a.text("alias"), a.flag("editorial")));
        if (!explicit.isEmpty()) {
            return explicit;
        }
        String name = p.text("name");
        String nameAr = p.optionalText("name_ar");
        if (nameAr == null || nameAr.equals(name)) {
            return List.of(new ArticleDocument.Alias(name, false));
        }
        return List.of(new ArticleDocument.Alias(nameAr, false), new ArticleDocument.Alias(name, false));
    }

    private static ArticleDocument.Quote quote(JsonFields q) {
        JsonFields speaker = q.optionalObject("speaker");
        return new ArticleDocument.Quote(q.id("id"), q.integer("position"), q.constant("kind", QuoteKind.class), q.text("text"),
                q.optionalText("cue"), q.optionalInt("start_offset"), q.optionalInt("end_offset"), confidence(q, "confidence"),
                q.optionalText("rule"), speaker == null ? null : person(speaker), q.optionalText("speaker_span"),
                q.optionalDouble("speaker_confidence"), q.optionalText("speaker_rule"), q.optionalId("event_id"),
                q.optionalDouble("event_confidence"), q.optionalText("event_rule"));
    }

    /** Confidence defaults to 1, as in the schema: the file only carries other values. */
    private static double confidence(JsonFields fields, String field) {
        Double value = fields.optionalDouble(field);
        return value == null ? 1.0 : value;
    }
}
