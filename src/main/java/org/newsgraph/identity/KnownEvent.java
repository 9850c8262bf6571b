package org.newsgraph.identity;

import java.time.LocalDate;
import java.util.Set;

import org.newsgraph.kinds.EventKind;

/**
 * An event the service already stores, offered to {@link EventMatcher} as a candidate; {@code endsOn} is set for ranges.
 * {@code reportedAlongside}: an article that reports it also reports an event the article being merged was merged
 * into (both outlets cover the same occasion), which is what ties two undated mentions of one event together.
 */
public record KnownEvent(long id, EventKind kind, LocalDate startsOn, LocalDate endsOn, Set<Long> participantIds,
        String location, boolean reportedAlongside) {

    public KnownEvent(long id, EventKind kind, LocalDate startsOn, LocalDate endsOn, Set<Long> participantIds,
            String location) {
        this(id, kind, startsOn, endsOn, participantIds, location, false);
    }
}
