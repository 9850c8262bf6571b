package org.newsgraph.extraction;

import org.newsgraph.extraction.document.Span;
import org.newsgraph.extraction.events.Claim;

/**
 * A fact about an event as one article states it (attribute such as "duration", "date", "requestedBy", "location"),
 * so that differences between outlets can be shown side by side.
 */
public record ExtractedClaim(String attribute, String value, Span span) {

    /** The attribute in which each article states the kind of event it reports. */
    public static final String KIND = Claim.KIND;
}
