package org.newsgraph.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.newsgraph.extraction.document.Span;

class ExtractionPipelineTest {

    private static final String BODY = "وزير الخارجية يلتقي نظيره الأردني\n"
            + "التقى وزير الخارجية العماني سالم الحارثي نظيره الأردني فارس النعيمي في مسقط يوم الثلاثاء.\n"
            + "وقال الحارثي إن اللقاء بحث «ملفات إقليمية كثيرة»، مضيفا أن الجانبين اتفقا على لجنة مشتركة.";

    @Test
    void emptyOrMissingInputGivesEmptyArticle() {
        ExtractedArticle a = Articles.PIPELINE.extract(new ArticleDraft(null, "", null, "ar"));
        assertTrue(a.quotes().isEmpty() && a.events().isEmpty() && a.people().isEmpty());
        assertTrue(a.warnings().stream().anyMatch(w -> w.contains("publication date")));
    }

    @Test
    void everyOffsetPointsIntoTheCleanedBody() {
        ExtractedArticle a = Articles.extract(BODY);
        for (ExtractedQuote q : a.quotes()) {
            assertEquals(a.body().substring(q.text().start(), q.text().end()), q.text().text());
            if (q.speakerSpan() != null) {
                assertEquals(a.body().substring(q.speakerSpan().start(), q.speakerSpan().end()), q.speakerSpan().text());
            }
            assertTrue(q.confidence() > 0 && q.confidence() <= 1 && q.rule() != null);
        }
        for (ExtractedEvent e : a.events()) {
            for (Span m : e.mentions()) {
                assertEquals(a.body().substring(m.start(), m.end()), m.text());
            }
        }
    }

    @Test
    void everySpanMapsBackToTheRawText() {
        String raw = "  شارك المقال على فيسبوك\n\nPhoto: a handshake in Muscat\n" + BODY.replace("\n", "\n   ")
                + "\n\nاشترك في النشرة البريدية";
        ExtractedArticle a = Articles.PIPELINE.extract(new ArticleDraft(null, raw, Instant.parse("2023-03-10T09:00:00Z"), "ar"));
        assertTrue(a.body().startsWith("وزير الخارجية يلتقي"), a.body());
        List<Span> spans = new java.util.ArrayList<>();
        for (ExtractedQuote q : a.quotes()) {
            spans.add(q.text());
            spans.add(q.speakerSpan());
        }
        for (ExtractedEvent e : a.events()) {
            spans.addAll(e.mentions());
            e.claims().forEach(c -> spans.add(c.span()));
        }
        assertTrue(spans.size() > 4, spans.toString());
        for (Span s : spans) {
            Span back = a.rawOffsets().toRaw(s);
            assertEquals(s.text(), raw.substring(back.start(), back.end()));
        }
    }

    @Test
    void sharedPipelineGivesTheSameResultOnManyThreads() throws Exception {
        ExtractedArticle expected = Articles.extract(BODY);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ExtractedArticle>> results = pool.invokeAll(java.util.Collections.nCopies(32,
                    () -> Articles.PIPELINE.extract(new ArticleDraft(null, BODY, Instant.parse("2023-03-10T09:00:00Z"),
                            "ar"))));
            for (Future<ExtractedArticle> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
