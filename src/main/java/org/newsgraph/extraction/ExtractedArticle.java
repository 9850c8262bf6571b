package org.newsgraph.extraction;

import java.util.List;

import org.newsgraph.extraction.clean.RawOffsets;

/**
 * What the pipeline produces for one article: the cleaned text and the graph fragment it reports. Every span
 * (quotes, speakers, event mentions, claims) is an offset into {@code body}, the cleaned text; {@code rawOffsets}
 * maps them back to the raw text as scraped.
 */
public record ExtractedArticle(String title, String body, RawOffsets rawOffsets, List<ExtractedPerson> people,
        List<ExtractedEvent> events, List<ExtractedQuote> quotes, List<String> warnings) {
}
