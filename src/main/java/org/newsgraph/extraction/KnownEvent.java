package org.newsgraph.extraction;

import java.time.LocalDate;
import java.util.Set;

import org.newsgraph.event.EventKind;

/** A stored event offered as a candidate for an extracted one. */
public record KnownEvent(long id, EventKind kind, LocalDate startsOn, Set<Long> participantIds, String location) {
}
