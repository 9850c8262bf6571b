package org.newsgraph.extraction.events;

import org.newsgraph.extraction.document.Span;

/** A fact about an event as the article states it: an attribute ("kind", "duration", "date"...), its value, its span. */
public record Claim(String attribute, String value, Span span) {

    /** The attribute in which each article states the kind of event it reports. */
    public static final String KIND = "kind";
}
