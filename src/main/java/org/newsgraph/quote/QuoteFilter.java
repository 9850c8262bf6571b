package org.newsgraph.quote;

/**
 * Filters of a quotes list; null fields do not filter. {@code search} is the user's text, matched Arabic-aware;
 * {@code minConfidence} keeps quotes whose detection and speaker attribution are at least that sure.
 */
public record QuoteFilter(Long speaker, Long event, String search, Double minConfidence) {
}
