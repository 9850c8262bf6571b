package org.newsgraph.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.extraction.ExtractedEvent;
import org.newsgraph.kinds.EventKind;

/** Cross-outlet merges on invented reports: one outlet's event against the one another outlet stored. */
class EventMergeTest {

    private final EventMatcher matcher = new EventMatcher();

    private static ExtractedEvent report(EventKind kind, String day, String notBefore, String notAfter, String place) {
        return new ExtractedEvent(0, kind, "", day == null ? null : LocalDate.parse(day), null,
                notBefore == null ? null : LocalDate.parse(notBefore), notAfter == null ? null : LocalDate.parse(notAfter),
                place, List.of(), List.of(), List.of(), false, 0.9, "test");
    }

    /** The reason of the merge, or "apart". */
    private void check(ExtractedEvent report, Set<Long> people, KnownEvent stored, String expected) {
        Optional<Match> m = matcher.match(report, people, List.of(stored));
        assertEquals(expected, m.map(Match::rule).orElse("apart"));
    }

    @Test
    void talksAndMeetingOfTheSamePeopleOnTheSameDayAreOneOccasion() {
        KnownEvent meeting = new KnownEvent(1, EventKind.COUNCIL_MEETING, LocalDate.of(2023, 5, 2), Set.of(7L, 8L), null);
        check(report(EventKind.TALKS, "2023-05-02", null, null, null), Set.of(7L, 8L), meeting, "same-kind-date-participants");
    }

    @Test
    void aTravellersMeetingsOnTwoDaysStayApart() {
        KnownEvent cairo = new KnownEvent(2, EventKind.TALKS, LocalDate.of(2023, 5, 2), Set.of(7L, 9L), "القاهرة");
        check(report(EventKind.TALKS, "2023-05-03", null, null, null), Set.of(7L), cairo, "apart");
    }

    @Test
    void theSamePairADayApartIsOneMeeting() {
        KnownEvent talks = new KnownEvent(3, EventKind.TALKS, LocalDate.of(2023, 5, 2), Set.of(7L, 9L), null);
        check(report(EventKind.TALKS, "2023-05-03", null, null, null), Set.of(7L, 9L), talks, "adjacent-date-participants");
    }

    @Test
    void anUndatedReportBoundedByLastWeekJoinsTheDatedMeetingInsideIt() {
        KnownEvent doha = new KnownEvent(4, EventKind.TALKS, LocalDate.of(2023, 5, 2), Set.of(7L, 9L, 11L), "الدوحة");
        check(report(EventKind.TALKS, null, "2023-04-27", "2023-05-09", "الدوحة"), Set.of(7L, 9L), doha,
                "bounded-date-shared-participants");
    }

    @Test
    void aScheduledMeetingDoesNotJoinAnEarlierOneOfTheSamePeople() {
        KnownEvent earlier = new KnownEvent(5, EventKind.TALKS, LocalDate.of(2023, 5, 2), Set.of(7L, 9L), null);
        check(report(EventKind.TALKS, null, "2023-05-10", null, null), Set.of(7L, 9L), earlier, "apart");
    }

    @Test
    void undatedReportsOfTheSamePeopleAndPlaceMerge() {
        KnownEvent visit = new KnownEvent(6, EventKind.OTHER, null, Set.of(7L), "موسكو");
        assertTrue(matcher.match(report(EventKind.OTHER, null, null, null, "موسكو"), Set.of(7L), List.of(visit)).isPresent());
    }
}
