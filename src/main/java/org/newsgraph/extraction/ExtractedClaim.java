package org.newsgraph.extraction;

/**
 * A fact about an event as one article states it (attribute such as "duration", "date", "requestedBy", "location"),
 * so that differences between outlets can be shown side by side.
 */
public record ExtractedClaim(String attribute, String value, Span span) {
}
