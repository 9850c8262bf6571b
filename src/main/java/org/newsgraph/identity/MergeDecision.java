package org.newsgraph.identity;

/**
 * What {@link EventMatcher} decided for one reported event: {@code merged} into the stored event {@code eventId}, or
 * kept apart from it, the nearest candidate (null when there was none), with the {@code rule} that decided, so that a
 * reader can see why two reports are one event or two.
 */
public record MergeDecision(Long eventId, boolean merged, double confidence, String rule) {
}
