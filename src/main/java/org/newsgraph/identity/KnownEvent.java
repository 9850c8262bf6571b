package org.newsgraph.identity;

import java.time.LocalDate;
import java.util.Set;

import org.newsgraph.kinds.EventKind;

/**
 * An event the service already stores, offered to {@link EventMatcher} as a candidate; {@code endsOn} is set for ranges.
 * {@code reportedAlongside}: an article that reports it also reports an event the article being merged was merged
 * into (both outlets cover the same occasion), which is what ties two undated mentions of one event together.
 * {@code edition}: the key of the edition of a gathering its reports named ("summit|عربيه|28"), or null.
 */
public record KnownEvent(long id, EventKind kind, LocalDate startsOn, LocalDate endsOn, Set<Long> participantIds,
        String location, boolean reportedAlongside, String edition) {

    public KnownEvent(long id, EventKind kind, LocalDate startsOn, LocalDate endsOn, Set<Long> participantIds,
            String location) {
        this(id, kind, startsOn, endsOn, participantIds, location, false, null);
    }

    public KnownEvent(long id, EventKind kind, LocalDate startsOn, LocalDate endsOn, Set<Long> participantIds,
            String location, boolean reportedAlongside) {
        this(id, kind, startsOn, endsOn, participantIds, location, reportedAlongside, null);
    }
}
