package org.newsgraph.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.extraction.ExtractedEvent;
import org.newsgraph.extraction.ExtractedPerson;
import org.newsgraph.kinds.EventKind;
import org.newsgraph.kinds.PersonKind;
import org.newsgraph.text.ArabicNormalizer;

class MatcherTest {

    private final PersonMatcher people = new PersonMatcher();
    private final EventMatcher events = new EventMatcher();

    private static ExtractedPerson person(String name, PersonKind kind, String... aliases) {
        return new ExtractedPerson(0, name, kind, null, null, List.of(aliases));
    }

    private static ExtractedEvent event(EventKind kind, LocalDate date, String location) {
        return new ExtractedEvent(0, kind, "", date, null, null, null, location, List.of(), List.of(), List.of(), false, 0.9,
                "test");
    }

    @Test
    void spellingVariantsOfANameAreOnePerson() {
        KnownPerson known = new KnownPerson(7, "فلاديمير بوتين", PersonKind.PERSON, List.of("بوتين", "الرئيس الروسي"));
        assertEquals(7, people.match(person("فيلاديمير بوتين", PersonKind.PERSON), List.of(known)).get().id());
        KnownPerson blinken = new KnownPerson(8, "أنتوني بلينكين", PersonKind.PERSON, List.of());
        assertEquals(8, people.match(person("أنطوني بلينكن", PersonKind.PERSON), List.of(blinken)).get().id());
    }

    @Test
    void aLineageNameMatchesItsLongerFormButNotAnotherSon() {
        KnownPerson prince = new KnownPerson(5, "فيصل بن خالد بن عبدالله آل مقرن", PersonKind.PERSON, List.of());
        assertEquals("lineage-prefix", people.match(person("فيصل بن خالد", PersonKind.PERSON), List.of(prince)).get().rule());
        assertTrue(people.match(person("فيصل بن سعد", PersonKind.PERSON), List.of(prince)).isEmpty());
    }

    @Test
    void surnameAloneMatchesTheFullName() {
        KnownPerson known = new KnownPerson(3, "سامح شكري", PersonKind.PERSON, List.of());
        assertEquals("surname", people.match(person("شكري", PersonKind.PERSON), List.of(known)).get().rule());
    }

    @Test
    void aFamilyNameWrittenAfterATitleMatchesTheFullNameButATitleAloneDoesNot() {
        KnownPerson known = new KnownPerson(4, "كمال حداد", PersonKind.PERSON, List.of("الرئيس اللبناني"));
        assertEquals("surname", people.match(person("الرئيس حداد", PersonKind.PERSON, "الرئيس حداد"), List.of(known))
                .get().rule());
        assertTrue(people.match(person("الرئيس اللبناني", PersonKind.PERSON, "الرئيس اللبناني"), List.of(known)).isEmpty());
        assertTrue(people.match(person("الرئيس نصار", PersonKind.PERSON, "الرئيس نصار"), List.of(known)).isEmpty());
    }

    @Test
    void sharedFirstNameOrSharedTitleIsNotTheSamePerson() {
        KnownPerson lavrov = new KnownPerson(1, "سيرغي لافروف", PersonKind.PERSON, List.of("وزير الخارجية الروسي"));
        assertTrue(people.match(person("سيرغي ريابكوف", PersonKind.PERSON), List.of(lavrov)).isEmpty());
        assertTrue(people.match(person("سيرغي", PersonKind.PERSON), List.of(lavrov)).isEmpty());
        assertTrue(people.match(person("وزير الخارجية الروسي", PersonKind.PERSON, "وزير الخارجية الروسي"),
                List.of(lavrov)).isEmpty());
        KnownPerson joe = new KnownPerson(2, "جو بايدن", PersonKind.PERSON, List.of());
        assertTrue(people.match(person("هانتر بايدن", PersonKind.PERSON), List.of(joe)).isEmpty());
    }

    @Test
    void anOfficeNamedByItsBodyIsNoNameTwoHoldersShare() {
        // "رئيس الجمهورية"، "رئيس الحكومة": each country's article names its own holder so
        KnownPerson first = new KnownPerson(9, "سليم بوعزيز", PersonKind.PERSON, List.of("رئيس الجمهورية", "رئيس الحكومة"));
        assertTrue(people.match(person("نادر الفاسي", PersonKind.PERSON, "رئيس الجمهورية"), List.of(first)).isEmpty());
        assertTrue(people.match(person("نادر الفاسي", PersonKind.PERSON, "رئيس الحكومة"), List.of(first)).isEmpty());
        assertTrue(PersonMatcher.tokens("رئيس البلاد").isEmpty());
    }

    @Test
    void theOfficeAfterAnIndefiniteTitleIsNoNameTwoMinistersShare() {
        // two foreign ministers whose long titles share their first words and end alike ("بالخارج"، "في الخارج")
        KnownPerson first = new KnownPerson(9, "سليم بوعزيز", PersonKind.PERSON,
                List.of("وزير الشؤون الخارجية والتعاون والجالية بالخارج"));
        assertTrue(people.match(person("نادر الفاسي", PersonKind.PERSON, "وزير الشؤون الخارجية والجالية في الخارج"),
                List.of(first)).isEmpty());
    }

    @Test
    void institutionsAndAnonymousSourcesOnlyMatchTheirKind() {
        KnownPerson kremlinAsPerson = new KnownPerson(4, "الكرملين", PersonKind.PERSON, List.of());
        KnownPerson kremlin = new KnownPerson(5, "الكرملين", PersonKind.INSTITUTION, List.of());
        ExtractedPerson speaker = person("الكرملين", PersonKind.INSTITUTION, "الكرملين");
        assertEquals(5, people.match(speaker, List.of(kremlinAsPerson, kremlin)).get().id());
        KnownPerson official = new KnownPerson(6, "مسؤول أمريكي", PersonKind.ANONYMOUS, List.of());
        assertTrue(people.match(person("مسؤول أمريكي", PersonKind.PERSON), List.of(official)).isEmpty());
    }

    @Test
    void tokensIndexPersonalWordsNotTitles() {
        Set<String> tokens = PersonMatcher.tokens("الرئيس الروسي فلاديمير بوتين");
        assertTrue(tokens.contains("بوتين"));
        assertTrue(tokens.contains(ArabicNormalizer.skeleton("فلاديمير")));
        assertTrue(!tokens.contains("الرييس") && !tokens.contains("الروسي"));
    }

    @Test
    void aFamilyNameShapedLikeAnAdjectiveAndAJoinedCompoundAreIndexed() {
        Set<String> tokens = PersonMatcher.tokens("عبد الكريم الحريزي");
        assertTrue(tokens.contains("الحريزي")); // a nisba family name, no state's adjective
        assertTrue(tokens.contains("عبدالكريم")); // meets "عبدالكريم الحريزي" written joined
        assertTrue(!PersonMatcher.tokens("وزير الخارجية الأردني").contains("الاردني"));
    }

    @Test
    void sameCallFromTwoOutletsIsOneEvent() {
        KnownEvent known = new KnownEvent(11, EventKind.PHONE_CALL, LocalDate.of(2021, 12, 30), null, Set.of(1L, 2L), null);
        assertEquals(11L, mergedInto(event(EventKind.PHONE_CALL, LocalDate.of(2021, 12, 30), null), Set.of(1L, 2L),
                List.of(known)));
        assertEquals(11L, mergedInto(event(EventKind.PHONE_CALL, LocalDate.of(2021, 12, 31), null), Set.of(2L),
                List.of(known)));
    }

    @Test
    void otherPeopleOrDistantDatesAreAnotherEvent() {
        KnownEvent known = new KnownEvent(11, EventKind.PHONE_CALL, LocalDate.of(2021, 12, 30), null, Set.of(1L, 2L), null);
        assertNull(mergedInto(event(EventKind.PHONE_CALL, LocalDate.of(2021, 12, 30), null), Set.of(3L, 4L),
                List.of(known)));
        assertNull(mergedInto(event(EventKind.PHONE_CALL, LocalDate.of(2021, 12, 27), null), Set.of(1L, 2L),
                List.of(known)));
        assertNull(mergedInto(event(EventKind.SUMMIT, LocalDate.of(2021, 12, 30), null), Set.of(1L, 2L),
                List.of(known)));
        assertNull(mergedInto(event(EventKind.PHONE_CALL, LocalDate.of(2021, 12, 31), null), Set.of(1L, 5L),
                List.of(known)), "a day apart needs the same people");
    }

    @Test
    void undatedReportJoinsTheDatedEventOfTheSamePeople() {
        KnownEvent known = new KnownEvent(12, EventKind.VIDEO_CALL, LocalDate.of(2021, 12, 7), null, Set.of(1L, 2L), null);
        assertEquals(12L, mergedInto(event(EventKind.VIDEO_CALL, null, null), Set.of(1L, 2L), List.of(known)));
        KnownEvent another = new KnownEvent(13, EventKind.VIDEO_CALL, LocalDate.of(2021, 11, 2), null, Set.of(1L, 3L), null);
        assertNull(mergedInto(event(EventKind.VIDEO_CALL, null, null), Set.of(1L), List.of(known, another)),
                "one of two calls of the same person: nothing says which");
    }

    @Test
    void undatedEarlierContactDoesNotJoinTheDatedOne() {
        KnownEvent known = new KnownEvent(13, EventKind.PHONE_CALL, LocalDate.of(2021, 12, 30), null, Set.of(1L, 2L), null);
        ExtractedEvent earlier = new ExtractedEvent(0, EventKind.PHONE_CALL, "", null, null, null, null, null, List.of(), List.of(),
                List.of(), true, 0.75, "event-noun+earlier-than-main");
        assertNull(mergedInto(earlier, Set.of(1L, 2L), List.of(known)));
    }

    /** The stored event the report merges into, or null when it stays apart. */
    private Long mergedInto(ExtractedEvent report, Set<Long> people, List<KnownEvent> candidates) {
        MergeDecision decision = events.decide(report, people, candidates);
        return decision.merged() ? decision.eventId() : null;
    }

    private static ExtractedEvent bounded(EventKind kind, LocalDate notBefore, LocalDate notAfter) {
        return new ExtractedEvent(0, kind, "", null, null, notBefore, notAfter, null, List.of(), List.of(), List.of(),
                false, 0.75, "test");
    }

    @Test
    void boundedUndatedReportJoinsTheEventInsideItsBoundsEvenUnderAnotherCallKind() {
        KnownEvent video = new KnownEvent(14, EventKind.VIDEO_CALL, LocalDate.of(2021, 12, 7), null, Set.of(1L, 2L), null);
        KnownEvent phone = new KnownEvent(15, EventKind.PHONE_CALL, LocalDate.of(2021, 12, 30), null, Set.of(1L, 2L), null);
        ExtractedEvent earlyDecember = bounded(EventKind.PHONE_CALL, LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 10));
        assertEquals(14L, mergedInto(earlyDecember, Set.of(1L, 2L), List.of(video, phone)));
        ExtractedEvent lateDecember = bounded(EventKind.PHONE_CALL, LocalDate.of(2021, 12, 21), LocalDate.of(2021, 12, 31));
        assertEquals(15L, mergedInto(lateDecember, Set.of(1L, 2L), List.of(video, phone)));
        ExtractedEvent november = bounded(EventKind.PHONE_CALL, LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 30));
        assertNull(mergedInto(november, Set.of(1L, 2L), List.of(video, phone)));
        assertNull(mergedInto(earlyDecember, Set.of(1L), List.of(video, phone)), "one shared person is too little");
    }

    @Test
    void callsSharingOnlyOnePartyAreTwoCalls() {
        KnownEvent known = new KnownEvent(16, EventKind.PHONE_CALL, LocalDate.of(2021, 12, 30), null, Set.of(1L, 2L, 3L), null);
        assertNull(mergedInto(event(EventKind.PHONE_CALL, LocalDate.of(2021, 12, 30), null), Set.of(3L, 4L),
                List.of(known)));
        assertNotNull(mergedInto(event(EventKind.PHONE_CALL, LocalDate.of(2021, 12, 29), null), Set.of(3L),
                List.of(known)), "one named party a day off (time zones) is still the call");
    }

    @Test
    void theKindIsTheOneMostArticlesGiveThenTheMostSpecific() {
        assertEquals(EventKind.VIDEO_CALL, EventMatcher.agreedKind(
                List.of(EventKind.VIDEO_CALL, EventKind.PHONE_CALL, EventKind.VIDEO_CALL)));
        assertEquals(EventKind.TALKS, EventMatcher.agreedKind(
                List.of(EventKind.TALKS, EventKind.COUNCIL_MEETING, EventKind.TALKS)));
        assertEquals(EventKind.COUNCIL_MEETING, EventMatcher.agreedKind(
                List.of(EventKind.CONFERENCE, EventKind.COUNCIL_MEETING)));
        assertEquals(EventKind.VIDEO_CALL, EventMatcher.agreedKind(List.of(EventKind.PHONE_CALL, EventKind.VIDEO_CALL)));
    }

    private static ExtractedEvent edition(EventKind kind, LocalDate date, String location, String edition) {
        return new ExtractedEvent(0, kind, "", date, null, null, null, location, List.of(), List.of(), List.of(), false, 0.9,
                "test", edition);
    }

    private static KnownEvent stored(long id, EventKind kind, LocalDate date, Set<Long> people, String location,
            String edition) {
        return new KnownEvent(id, kind, date, null, new java.util.HashSet<>(people), location, false, edition);
    }

    @Test
    void theSameEditionOfAGatheringIsOneEventWhateverItsParticipantsOrPlace() {
        String arab28 = "summit|عربيه|28";
        // undated on both sides, nobody in common, a country and a city for its place
        MergeDecision d = events.decide(edition(EventKind.SUMMIT, null, "الأردن", arab28), Set.of(1L),
                List.of(stored(9, EventKind.SUMMIT, null, Set.of(2L), "عمان", arab28)));
        assertTrue(d.merged());
        assertEquals("same-edition", d.rule());
        // one outlet dates it, the other not; or a day apart
        assertTrue(events.decide(edition(EventKind.SUMMIT, LocalDate.of(2024, 3, 29), null, arab28), Set.of(),
                List.of(stored(9, EventKind.SUMMIT, null, Set.of(), null, arab28))).merged());
        assertEquals("same-edition", events.decide(edition(EventKind.SUMMIT, LocalDate.of(2024, 3, 29), null, arab28),
                Set.of(), List.of(stored(9, EventKind.SUMMIT, LocalDate.of(2024, 3, 30), Set.of(), null, arab28))).rule());
    }

    @Test
    void theSameEditionDatedDaysApartOrAnotherEditionStaysApart() {
        String arab28 = "summit|عربيه|28";
        MergeDecision late = events.decide(edition(EventKind.SUMMIT, LocalDate.of(2024, 3, 29), null, arab28), Set.of(),
                List.of(stored(9, EventKind.SUMMIT, LocalDate.of(2024, 5, 2), Set.of(), null, arab28)));
        assertEquals("days-apart", late.rule());
        // the 27th summit on the same day with the same leader is still another summit
        MergeDecision other = events.decide(edition(EventKind.SUMMIT, LocalDate.of(2024, 3, 29), null, arab28),
                Set.of(1L, 2L), List.of(stored(9, EventKind.SUMMIT, LocalDate.of(2024, 3, 29), Set.of(1L, 2L), null,
                        "summit|عربيه|27")));
        assertEquals("editions-differ", other.rule());
        assertTrue(!other.merged());
        // editions of two gatherings say nothing: the usual rules decide (undated, nobody named: too weak)
        MergeDecision gulf = events.decide(edition(EventKind.SUMMIT, null, null, arab28), Set.of(),
                List.of(stored(9, EventKind.SUMMIT, null, Set.of(), null, "summit|خليجيه|28")));
        assertEquals("weak-evidence", gulf.rule());
        // an edition on one side only: the usual rules too
        assertEquals("weak-evidence", events.decide(edition(EventKind.SUMMIT, null, null, arab28), Set.of(),
                List.of(stored(9, EventKind.SUMMIT, null, Set.of(), null, null))).rule());
    }

    @Test
    void theGulfShortFormMatchesTheFullNameAcrossArticles() {
        KnownPerson full = new KnownPerson(9, "سالم فهد الجابر الصباح", PersonKind.PERSON, List.of());
        assertEquals(9, people.match(person("سالم الفهد", PersonKind.PERSON), List.of(full)).get().id());
        assertTrue(people.match(person("سالم الخالد", PersonKind.PERSON), List.of(full)).isEmpty());
    }
}
