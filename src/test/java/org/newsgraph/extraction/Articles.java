package org.newsgraph.extraction;

import java.time.Instant;


/** Test helpers: run the pipeline on a body written for the test. */
public final class Articles {

    public static final ExtractionPipeline PIPELINE = new ExtractionPipeline();

    private Articles() {
    }

    /** The article as published at that instant, or with no publication date when it is null. */
    public static ExtractedArticle extract(String body, String publishedAt) {
        return PIPELINE.extract(new ArticleDraft(null, body, publishedAt == null ? null : Instant.parse(publishedAt), "ar"));
    }

    public static ExtractedArticle extract(String body) {
        return extract(body, "2023-03-10T09:00:00Z"); // a Friday
    }

    public static ExtractedPerson speaker(ExtractedArticle a, ExtractedQuote q) {
        return q.speakerRef() == null ? null : a.people().get(q.speakerRef());
    }
}
