package org.newsgraph.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.extraction.ExtractedEvent;
import org.newsgraph.kinds.EventKind;

/**
 * Cross-outlet merges on invented reports: one outlet's event against the ones another outlet stored, with the rule
 * of the merge or the reason it stays apart.
 */
class EventMergeTest {

    private final EventMatcher matcher = new EventMatcher();

    private static ExtractedEvent report(EventKind kind, String day, String notBefore, String notAfter, String place) {
        return ranged(kind, day, null, notBefore, notAfter, place, false);
    }

    private static ExtractedEvent ranged(EventKind kind, String day, String lastDay, String notBefore, String notAfter,
            String place, boolean earlier) {
        return new ExtractedEvent(0, kind, "", day(day), day(lastDay), day(notBefore), day(notAfter), place, List.of(),
                List.of(), List.of(), earlier, 0.9, "test");
    }

    private static KnownEvent stored(long id, EventKind kind, String day, String lastDay, Set<Long> people, String place) {
        return new KnownEvent(id, kind, day(day), day(lastDay), people, place);
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    /** The rule of the decision against the stored events: a merge's, or why the nearest one stays apart. */
    private void check(ExtractedEvent report, Set<Long> people, List<KnownEvent> stored, String expected) {
        assertEquals(expected, matcher.decide(report, people, stored).rule());
    }

    private void check(ExtractedEvent report, Set<Long> people, KnownEvent stored, String expected) {
        check(report, people, List.of(stored), expected);
    }

    @Test
    void talksAndMeetingOfTheSamePeopleOnTheSameDayAreOneOccasion() {
        KnownEvent meeting = stored(1, EventKind.COUNCIL_MEETING, "2023-05-02", null, Set.of(7L, 8L), null);
        check(report(EventKind.TALKS, "2023-05-02", null, null, null), Set.of(7L, 8L), meeting, "same-kind-date-participants");
    }

    @Test
    void aTravellersMeetingsOnTwoDaysStayApartAsDaysApart() {
        KnownEvent cairo = stored(2, EventKind.TALKS, "2023-05-02", null, Set.of(7L, 9L), "القاهرة");
        check(report(EventKind.TALKS, "2023-05-03", null, null, null), Set.of(7L), cairo, "days-apart");
    }

    @Test
    void theSamePairADayApartIsOneMeeting() {
        KnownEvent talks = stored(3, EventKind.TALKS, "2023-05-02", null, Set.of(7L, 9L), null);
        check(report(EventKind.TALKS, "2023-05-03", null, null, null), Set.of(7L, 9L), talks, "adjacent-date-participants");
    }

    @Test
    void anUndatedReportBoundedByLastWeekJoinsTheDatedMeetingInsideIt() {
        KnownEvent doha = stored(4, EventKind.TALKS, "2023-05-02", null, Set.of(7L, 9L, 11L), "الدوحة");
        check(report(EventKind.TALKS, null, "2023-04-27", "2023-05-09", "الدوحة"), Set.of(7L, 9L), doha,
                "bounded-date-shared-participants");
    }

    @Test
    void aScheduledMeetingStaysOutsideTheBoundsOfAnEarlierOneOfTheSamePeople() {
        KnownEvent earlier = stored(5, EventKind.TALKS, "2023-05-02", null, Set.of(7L, 9L), null);
        check(report(EventKind.TALKS, null, "2023-05-10", null, null), Set.of(7L, 9L), earlier, "outside-bounds");
    }

    @Test
    void undatedReportsOfTheSamePeopleAndPlaceMerge() {
        KnownEvent visit = stored(6, EventKind.OTHER, null, null, Set.of(7L), "موسكو");
        check(report(EventKind.OTHER, null, null, null, "موسكو"), Set.of(7L), visit, "undated-shared-participants");
    }

    // "التقى الوزيران يومي 20 و21 يونيو في عمان" against "التقى الوزيران الثلاثاء 21 يونيو": one occasion
    @Test
    void aDayInsideAnotherOutletsDayRangeIsTheSameOccasion() {
        KnownEvent twoDays = stored(7, EventKind.TALKS, "2023-06-20", "2023-06-21", Set.of(7L, 9L), "عمان");
        check(report(EventKind.TALKS, "2023-06-21", null, null, null), Set.of(7L, 9L), twoDays, "overlapping-dates-participants");
        KnownEvent tuesday = stored(8, EventKind.TALKS, "2023-06-21", null, Set.of(7L, 9L), null);
        check(ranged(EventKind.TALKS, "2023-06-20", "2023-06-21", null, null, null, false), Set.of(7L, 9L), tuesday,
                "overlapping-dates-participants");
    }

    @Test
    void aRangeMeetsAReportDatedOnItsLaterDaysOnlyWhereTheyOverlap() {
        KnownEvent conference = stored(9, EventKind.CONFERENCE, "2023-06-18", "2023-06-22", Set.of(7L, 9L), null);
        check(report(EventKind.CONFERENCE, "2023-06-22", null, null, null), Set.of(7L, 9L), conference,
                "overlapping-dates-participants");
        check(report(EventKind.CONFERENCE, "2023-06-26", null, null, null), Set.of(7L, 9L), conference, "days-apart");
    }

    // "التقى نصار حداد يومي 20 و21 يونيو" and, in another outlet, "التقى نصار حداد السبت 24 يونيو": two meetings
    @Test
    void meetingsOfTheSamePeopleOnDaysThatDoNotOverlapStayApart() {
        KnownEvent twoDays = stored(10, EventKind.TALKS, "2023-06-20", "2023-06-21", Set.of(7L, 9L), null);
        check(report(EventKind.TALKS, "2023-06-24", null, null, null), Set.of(7L, 9L), twoDays, "days-apart");
        check(ranged(EventKind.TALKS, "2023-06-23", "2023-06-25", null, null, null, false), Set.of(7L, 9L), twoDays,
                "days-apart");
    }

    @Test
    void anUndatedReportBoundedByAMonthJoinsAStoredRangeReachingIntoIt() {
        KnownEvent turnOfTheMonth = stored(11, EventKind.TALKS, "2023-05-30", "2023-06-02", Set.of(7L, 9L), null);
        check(report(EventKind.TALKS, null, "2023-06-01", "2023-06-10", null), Set.of(7L, 9L), turnOfTheMonth,
                "bounded-date-shared-participants");
    }

    @Test
    void eachNonMergeNamesTheTestItFailed() {
        ExtractedEvent call = report(EventKind.PHONE_CALL, "2023-05-02", null, null, null);
        check(call, Set.of(7L, 9L), stored(12, EventKind.SUMMIT, "2023-05-02", null, Set.of(7L, 9L), null), "kind-differs");
        check(report(EventKind.TALKS, "2023-05-02", null, null, "بيروت"), Set.of(7L, 9L),
                stored(13, EventKind.TALKS, "2023-05-02", null, Set.of(7L, 9L), "طرابلس"), "places-differ");
        check(call, Set.of(7L, 9L), stored(14, EventKind.PHONE_CALL, "2023-05-02", null, Set.of(3L, 4L), null),
                "no-shared-participants");
        check(call, Set.of(7L, 9L), stored(15, EventKind.PHONE_CALL, "2023-05-02", null, Set.of(7L, 4L), null),
                "call-sides-differ");
        check(report(EventKind.TALKS, null, null, null, null), Set.of(7L, 9L),
                stored(16, EventKind.COUNCIL_MEETING, "2023-05-02", null, Set.of(7L, 9L), null), "kind-differs");
        check(ranged(EventKind.TALKS, null, null, null, null, null, true), Set.of(7L, 9L),
                stored(17, EventKind.TALKS, "2023-05-02", null, Set.of(7L, 9L), null), "earlier-than-reported");
        check(report(EventKind.TALKS, null, null, null, null), Set.of(7L),
                stored(18, EventKind.TALKS, null, null, Set.of(7L, 9L), null), "weak-evidence");
        check(call, Set.of(7L, 9L), List.of(), "no-candidate");
    }

    @Test
    void aNonMergeNamesTheNearestCandidateAndAMergeBeatsEveryNearMiss() {
        KnownEvent call = stored(20, EventKind.PHONE_CALL, "2023-05-02", null, Set.of(7L, 9L), null);
        KnownEvent earlierTalks = stored(21, EventKind.TALKS, "2023-04-25", null, Set.of(7L, 9L), null);
        ExtractedEvent talks = report(EventKind.TALKS, "2023-05-02", null, null, null);
        MergeDecision apart = matcher.decide(talks, Set.of(7L, 9L), List.of(call, earlierTalks));
        assertEquals(List.of(21L, false, "days-apart"), List.of(apart.eventId(), apart.merged(), apart.rule()));
        KnownEvent sameDay = stored(22, EventKind.TALKS, "2023-05-02", null, Set.of(7L, 9L), null);
        MergeDecision merged = matcher.decide(talks, Set.of(7L, 9L), List.of(call, earlierTalks, sameDay));
        assertEquals(List.of(22L, true, "same-kind-date-participants"), List.of(merged.eventId(), merged.merged(), merged.rule()));
    }

    @Test
    void undatedMentionsNamingNobodyAreOneEventWhenTheirArticlesReportTheSameOccasion() {
        KnownEvent alongside = new KnownEvent(3, EventKind.TALKS, null, null, Set.of(), "القاهرة", true);
        check(report(EventKind.TALKS, null, null, null, "القاهرة"), Set.of(), alongside, "undated-reported-alongside");
        KnownEvent unrelated = new KnownEvent(3, EventKind.TALKS, null, null, Set.of(), "القاهرة", false);
        check(report(EventKind.TALKS, null, null, null, "القاهرة"), Set.of(), unrelated, "weak-evidence");
    }

    @Test
    void anUndatedMentionReportedAlongsideStaysApartWhenOnlyOneSideNamesItsPeopleOrThePlacesDiffer() {
        KnownEvent nobody = new KnownEvent(4, EventKind.OTHER, null, null, Set.of(), null, true);
        check(report(EventKind.OTHER, null, null, null, null), Set.of(7L), nobody, "weak-evidence");
        KnownEvent visit = new KnownEvent(4, EventKind.OTHER, null, null, Set.of(7L), null, true);
        check(report(EventKind.OTHER, null, null, null, null), Set.of(7L, 9L), visit, "undated-reported-alongside");
        KnownEvent cairo = new KnownEvent(5, EventKind.TALKS, null, null, Set.of(), "القاهرة", true);
        check(report(EventKind.TALKS, null, null, null, "عمان"), Set.of(), cairo, "places-differ");
    }

    @Test
    void aGatheringsReportWithoutAnyDayJoinsTheOnlyDatedGatheringOfItsKindWithOneOfItsPeople() {
        KnownEvent summit = stored(30, EventKind.SUMMIT, "2023-05-02", null, Set.of(7L, 9L, 11L), "الرياض");
        check(report(EventKind.SUMMIT, null, null, null, null), Set.of(7L, 12L), summit,
                "only-event-of-its-kind-with-a-participant");
        KnownEvent undatedConference = stored(31, EventKind.CONFERENCE, null, null, Set.of(7L, 9L), null);
        check(report(EventKind.CONFERENCE, "2023-05-02", null, null, null), Set.of(7L), undatedConference,
                "only-event-of-its-kind-with-a-participant");
    }

    @Test
    void aReportWithoutAnyDayStaysApartWhenTheSamePersonHasTwoSuchEventsOrItIsBetweenTwoSides() {
        KnownEvent may = stored(32, EventKind.SUMMIT, "2023-05-02", null, Set.of(7L, 9L), null);
        KnownEvent june = stored(33, EventKind.SUMMIT, "2023-06-12", null, Set.of(7L, 14L), null);
        check(report(EventKind.SUMMIT, null, null, null, null), Set.of(7L), List.of(may, june), "weak-evidence");
        check(report(EventKind.SUMMIT, null, "2023-06-01", "2023-06-30", null), Set.of(7L), june, "weak-evidence");
        check(report(EventKind.SUMMIT, null, null, null, null), Set.of(7L), stored(34, EventKind.SUMMIT, null, null,
                Set.of(7L, 9L), null), "weak-evidence");
        // the same minister's press conference with one guest and another with nobody named: two briefings maybe
        check(report(EventKind.PRESS_BRIEFING, null, null, null, null), Set.of(7L),
                stored(35, EventKind.PRESS_BRIEFING, "2023-05-02", null, Set.of(7L, 9L), null), "weak-evidence");
    }
}
