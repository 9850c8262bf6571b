package org.newsgraph.extraction;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** First version: same kind, same day, at least one shared participant. */
public final class EventMatcher {

    public Optional<Match> match(ExtractedEvent event, Set<Long> participantIds, Collection<KnownEvent> candidates) {
        for (KnownEvent candidate : candidates) {
            if (candidate.kind() == event.kind() && event.startsOn() != null && event.startsOn().equals(candidate.startsOn())
                    && candidate.participantIds().stream().anyMatch(participantIds::contains)) {
                return Optional.of(new Match(candidate.id(), 0.9, "same-kind-day-participant"));
            }
        }
        return Optional.empty();
    }
}
