package org.newsgraph.extraction;

import java.time.Instant;


/** Test helpers: run the pipeline on a body written for the test. */
public final class Articles {

    public static final ExtractionPipeline PIPELINE = new ExtractionPipeline();

    private Articles() {
    }

    public static ExtractedArticle extract(String body, String publishedAt) {
        return PIPELINE.extract(new ArticleDraft(null, body, Instant.parse(publishedAt), "ar"));
    }

    public static ExtractedArticle extract(String body) {
        return extract(body, "2023-03-10T09:00:00Z"); // a Friday
    }

    public static ExtractedPerson speaker(ExtractedArticle a, ExtractedQuote q) {
        return q.speakerRef() == null ? null : a.people().get(q.speakerRef());
    }
}
