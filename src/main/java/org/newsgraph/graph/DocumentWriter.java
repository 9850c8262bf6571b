package org.newsgraph.graph;

import java.io.IOException;
import java.util.Locale;

import org.newsgraph.kinds.PersonKind;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes an {@link ArticleDocument} as one line of the graph file, in a fixed field order. Optional fields are written
 * only when they carry information (present, or a confidence other than the default 1), so a gen.py file and its
 * export look alike and the same data always gives the same bytes.
 */
final class DocumentWriter {

    private DocumentWriter() {
    }

    static void write(JsonGenerator g, ArticleDocument a) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", a.id());
        g.writeStringField("url", a.url());
        optional(g, "title", a.title());
        optional(g, "published_at", a.publishedAt() == null ? null : a.publishedAt().toString());
        g.writeStringField("language", a.language());
        optional(g, "body", a.body());
        if (a.rawBody() != null && !a.rawBody().equals(a.body())) {
            g.writeStringField("raw_body", a.rawBody());
        }
        optional(g, "content_hash", a.contentHash());
        optional(g, "ingested_at", a.ingestedAt() == null ? null : a.ingestedAt().toString());
        g.writeObjectFieldStart("outlet");
        g.writeNumberField("id", a.outlet().id());
        g.writeStringField("name", a.outlet().name());
        optional(g, "country", a.outlet().country());
        optional(g, "language", a.outlet().language());
        g.writeEndObject();
        g.writeArrayFieldStart("events");
        for (ArticleDocument.Event event : a.events()) {
            event(g, event);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (ArticleDocument.Quote quote : a.quotes()) {
            quote(g, quote);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, ArticleDocument.Event e) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", e.id());
        g.writeStringField("kind", lower(e.kind()));
        g.writeStringField("title", e.title());
        optional(g, "title_ar", e.titleAr());
        optional(g, "starts_on", e.startsOn() == null ? null : e.startsOn().toString());
        optional(g, "ends_on", e.endsOn() == null ? null : e.endsOn().toString());
        optional(g, "location", e.location());
        confidence(g, "confidence", e.confidence());
        if (e.mention() != null) {
            g.writeObjectFieldStart("mention");
            optional(g, "span", e.mention().span());
            optional(g, "start_offset", e.mention().startOffset());
            optional(g, "end_offset", e.mention().endOffset());
            g.writeEndObject();
        }
        if (!e.claims().isEmpty()) {
            g.writeArrayFieldStart("claims");
            for (ArticleDocument.Claim c : e.claims()) {
                g.writeStartObject();
                g.writeNumberField("id", c.id());
                g.writeStringField("attribute", c.attribute());
                g.writeStringField("value", c.value());
                g.writeStringField("span", c.span());
                g.writeNumberField("start_offset", c.startOffset());
                g.writeNumberField("end_offset", c.endOffset());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("participants");
        for (ArticleDocument.Person p : e.participants()) {
            person(g, p);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void quote(JsonGenerator g, ArticleDocument.Quote q) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", q.id());
        g.writeNumberField("position", q.position());
        g.writeStringField("kind", lower(q.kind()));
        g.writeStringField("text", q.text());
        optional(g, "cue", q.cue());
        optional(g, "start_offset", q.startOffset());
        optional(g, "end_offset", q.endOffset());
        confidence(g, "confidence", q.confidence());
        optional(g, "rule", q.rule());
        g.writeFieldName("speaker");
        if (q.speaker() == null) {
            g.writeNull();
        } else {
            person(g, q.speaker());
        }
        optional(g, "speaker_span", q.speakerSpan());
        if (q.speakerConfidence() != null) {
            g.writeNumberField("speaker_confidence", q.speakerConfidence());
        }
        optional(g, "speaker_rule", q.speakerRule());
        g.writeFieldName("event_id");
        if (q.eventId() == null) {
            g.writeNull();
        } else {
            g.writeNumber(q.eventId());
        }
        if (q.eventConfidence() != null) {
            g.writeNumberField("event_confidence", q.eventConfidence());
        }
        optional(g, "event_rule", q.eventRule());
        g.writeEndObject();
    }

    private static void person(JsonGenerator g, ArticleDocument.Person p) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", p.id());
        g.writeStringField("name", p.name());
        optional(g, "name_ar", p.nameAr());
        optional(g, "role", p.role());
        if (p.kind() != PersonKind.PERSON) {
            g.writeStringField("kind", lower(p.kind()));
        }
        optional(g, "role_source", p.roleSource());
        g.writeArrayFieldStart("aliases");
        for (ArticleDocument.Alias alias : p.aliases()) {
            g.writeStartObject();
            g.writeStringField("alias", alias.alias());
            if (alias.editorial()) {
                g.writeBooleanField("editorial", true);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void optional(JsonGenerator g, String field, Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(field, value);
        }
    }

    private static void confidence(JsonGenerator g, String field, double value) throws IOException {
        if (value != 1.0) {
            g.writeNumberField(field, value);
        }
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
