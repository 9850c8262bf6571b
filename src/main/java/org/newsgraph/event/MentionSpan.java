package org.newsgraph.event;

/** Where an article names an event: the span's offsets in the article's cleaned body (null when not located). */
public record MentionSpan(long eventId, Integer startOffset, Integer endOffset) {
}
