package org.newsgraph.identity;

import java.time.LocalDate;
import java.util.Set;

import org.newsgraph.kinds.EventKind;

/** An event the service already stores, offered to {@link EventMatcher} as a candidate; {@code endsOn} is set for ranges. */
public record KnownEvent(long id, EventKind kind, LocalDate startsOn, LocalDate endsOn, Set<Long> participantIds,
        String location) {
}
