package org.newsgraph.quote;

/** Filters of a quotes list; null fields do not filter. {@code search} is the user's text, matched Arabic-aware. */
public record QuoteFilter(Long speaker, Long event, String search) {
    public static final QuoteFilter NONE = new QuoteFilter(null, null, null);
}
