package org.newsgraph.quote;

/** Which related rows to read in the same statement as a list of quotes: what the request will ask for next. */
public record QuoteJoins(boolean speaker, boolean event, boolean article, boolean outlet) {
}
