package org.newsgraph.identity;

/**
 * What {@link EventMatcher} decided for one reported event: {@code merged} into the stored event {@code eventId}, or
 * kept apart from it, the nearest candidate (null when there was none), with the {@code rule} that decided, so that a
 * reader can see why two reports are one event or two. {@code confidence} is the merge's; a report kept apart has 0,
 * or the score that fell short of merging ({@code weak-evidence}).
 */
public record MergeDecision(Long eventId, boolean merged, double confidence, String rule) {
}
