package org.newsgraph.extraction.document;

/** A half-open character range [start, end) of the cleaned body, with the text it covers. */
public record Span(int start, int end, String text) {
}
