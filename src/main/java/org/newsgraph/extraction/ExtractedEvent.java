package org.newsgraph.extraction;

import java.time.LocalDate;
import java.util.List;

import org.newsgraph.event.EventKind;

/**
 * An event as one article reports it. {@code ref} is local to the article; {@code participantRefs} point at
 * {@link ExtractedPerson#ref()}; {@code mentions} are the spans that name it; {@code endsOn} is set for ranges.
 */
public record ExtractedEvent(int ref, EventKind kind, String title, LocalDate startsOn, LocalDate endsOn, String location,
        List<Integer> participantRefs, List<Span> mentions, List<ExtractedClaim> claims, double confidence, String rule) {
}
