package org.newsgraph.extraction;

import java.util.List;

/** What the pipeline produces for one article: cleaned text and the graph fragment it reports. */
public record ExtractedArticle(String title, String body, List<ExtractedPerson> people, List<ExtractedEvent> events,
        List<ExtractedQuote> quotes, List<String> warnings) {
}
