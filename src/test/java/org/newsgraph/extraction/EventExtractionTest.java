package org.newsgraph.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.kinds.EventKind;

class EventExtractionTest {

    private static final String CALL = "أجرى الرئيس المصري حسن فؤاد اتصالا هاتفيا مع نظيره التركي مراد أوزتورك يوم الأربعاء "
            + "استمر 40 دقيقة، بناء على طلب من أوزتورك.\n"
            + "وقال الرئيس المصري إن الأجواء كانت إيجابية خلال الاتصال.\n"
            + "وفي شأن آخر، قال وزير الاقتصاد علي بدران إن التضخم تراجع في الربع الأول.";

    private static ExtractedClaim claim(ExtractedEvent e, String attribute) {
        return e.claims().stream().filter(c -> c.attribute().equals(attribute)).findFirst().orElse(null);
    }

    @Test
    void phoneCallWithDateParticipantsAndClaims() {
        ExtractedArticle a = Articles.extract(CALL);
        assertEquals(1, a.events().size());
        ExtractedEvent e = a.events().get(0);
        assertEquals(EventKind.PHONE_CALL, e.kind());
        assertEquals(LocalDate.of(2023, 3, 8), e.startsOn());
        assertEquals(2, e.participantRefs().size());
        assertEquals("PT40M", claim(e, "duration").value());
        assertEquals("استمر 40 دقيقة", claim(e, "duration").span().text());
        assertEquals("مراد أوزتورك", claim(e, "requestedBy").value());
        assertEquals("2023-03-08", claim(e, "date").value());
    }

    @Test
    void mentionsOfOneEventBecomeOneEvent() {
        ExtractedEvent e = Articles.extract(CALL).events().get(0);
        assertEquals(2, e.mentions().size());
    }

    @Test
    void quoteSaidDuringTheCallLinksToIt() {
        ExtractedArticle a = Articles.extract(CALL);
        assertEquals(Integer.valueOf(0), a.quotes().get(0).eventRef());
        assertNull(a.quotes().get(1).eventRef(), "a general position is not tied to the call");
    }

    @Test
    void scheduledCallIsTheComingWeekday() {
        ExtractedEvent e = Articles.extract("وسيتحدث الرئيس الغاني كوفي منصة مع نظيره النيجيري عبر الهاتف يوم الخميس.")
                .events().get(0);
        assertEquals(EventKind.PHONE_CALL, e.kind());
        assertEquals(LocalDate.of(2023, 3, 16), e.startsOn());
    }

    @Test
    void summitWithRangeAndPlace() {
        ExtractedEvent e = Articles.extract("تعقد القمة العربية في الثامن والتاسع من مايو/أيار في الرياض.",
                "2023-04-01T08:00:00Z").events().get(0);
        assertEquals(EventKind.SUMMIT, e.kind());
        assertEquals(LocalDate.of(2023, 5, 8), e.startsOn());
        assertEquals(LocalDate.of(2023, 5, 9), e.endsOn());
        assertEquals("الرياض", e.location());
    }

    @Test
    void videoSummitBetweenLeadersIsAVideoCall() {
        ExtractedEvent e = Articles.extract("عقد الزعيمان قمة افتراضية في 7 فبراير لبحث التجارة.").events().get(0);
        assertEquals(EventKind.VIDEO_CALL, e.kind());
        assertEquals(LocalDate.of(2023, 2, 7), e.startsOn());
    }

    @Test
    void pressConferenceAndCouncilSessionAreTheirOwnKinds() {
        List<ExtractedEvent> events = Articles.extract("وقال الوزير في مؤتمر صحفي الاثنين إن جلسة مجلس الأمن "
                + "ستعقد في 20 مارس.").events();
        assertTrue(events.stream().anyMatch(e -> e.kind() == EventKind.PRESS_BRIEFING
                && LocalDate.of(2023, 3, 6).equals(e.startsOn())));
        assertTrue(events.stream().anyMatch(e -> e.kind() == EventKind.COUNCIL_MEETING
                && LocalDate.of(2023, 3, 20).equals(e.startsOn())));
    }

    @Test
    void hypotheticalAndOpenEndedContactsAreNoEvents() {
        assertTrue(Articles.extract("ولم يتضح ما إذا كان الرئيسان سيلتقيان قريبا. وقد تعقد محادثات أخرى لاحقا.")
                .events().isEmpty());
    }

    @Test
    void historicalEpisodesAreNoEvents() {
        assertTrue(Articles.extract("وذكّر بالقمة التي عقدت في 12 مايو 1998 بين البلدين.").events().isEmpty());
    }

    @Test
    void statementAtBriefingAboutACallLinksToTheCall() {
        ExtractedArticle a = Articles.extract("تحدث الرئيس الفرنسي لوران ديبوا مع نظيره الألماني كارل برانت "
                + "هاتفيا أمس.\nوقال المتحدث باسم الإليزيه مارك لوفيفر في مؤتمر صحفي إن الاتصال تناول أزمة الطاقة.");
        ExtractedQuote q = a.quotes().get(0);
        assertEquals(EventKind.PHONE_CALL, a.events().get(q.eventRef()).kind());
    }

    @Test
    void meetingVerbWithDirectObjectIsTalks() {
        ExtractedEvent e = Articles.extract("التقى ولي العهد الأمير سالم بن فيصل الرئيس الفرنسي جان لوران في باريس الثلاثاء.")
                .events().get(0);
        assertEquals(EventKind.TALKS, e.kind());
        assertEquals(LocalDate.of(2023, 3, 7), e.startsOn());
        assertEquals("باريس", e.location());
    }

    @Test
    void discussingByPhoneIsOneCall() {
        List<ExtractedEvent> events = Articles.extract("وبحث الرئيس الجزائري كريم زروال هاتفيا مع نظيره التونسي "
                + "الهادي بلحسن أمس العلاقات الثنائية.").events();
        assertEquals(1, events.size());
        assertEquals(EventKind.PHONE_CALL, events.get(0).kind());
        assertEquals(LocalDate.of(2023, 3, 9), events.get(0).startsOn());
    }

    @Test
    void negotiationsGoingOnAreAProcessNotTheCall() {
        List<ExtractedEvent> events = Articles.extract("أجرى الرئيس الكيني داود موانغي اتصالا هاتفيا مع نظيره "
                + "الأوغندي سام كاتو أمس.\nوتناول الرئيسان عدة ملفات، بما في ذلك المفاوضات المتعثرة بشأن تقاسم مياه النهر.\n"
                + "وقال موانغي إن المحادثات كانت صريحة.").events();
        assertEquals(1, events.size(), events.toString());
        ExtractedEvent call = events.get(0);
        assertEquals(EventKind.PHONE_CALL, call.kind());
        assertEquals(2, call.mentions().size(), "the talks he speaks of are the call");
    }

    @Test
    void negotiationsHeldOrPlacedAreAnEvent() {
        assertEquals(EventKind.TALKS, Articles.extract("وأجرى الوفدان مفاوضات في جنيف حول تبادل الأسرى.").events().get(0).kind());
        assertEquals(EventKind.TALKS, Articles.extract("وتستأنف المفاوضات في فيينا يوم الاثنين.").events().get(0).kind());
    }

    @Test
    void negotiationsAsAMeansAreNoEvent() {
        assertTrue(Articles.extract("وأكد الوزير أن طريق المفاوضات هو الحل الوحيد.").events().isEmpty());
    }

    @Test
    void anEarlierContactIsBoundedBeforeTheReportedOne() {
        List<ExtractedEvent> events = Articles.extract("من المقرر أن يجري الرئيس البرازيلي لويس مورا محادثات هاتفية مع نظيره "
                + "الأرجنتيني خافيير بيريز يوم الخميس.\nوكان الرئيسان عقدا في وقت سابق من هذا الشهر قمة افتراضية.\n"
                + "وكان مورا حذر نظيره في مكالمة هاتفية سابقة مطلع الشهر الجاري من فرض رسوم جديدة.",
                "2023-03-14T08:00:00Z").events();
        ExtractedEvent call = events.get(0);
        assertEquals(LocalDate.of(2023, 3, 16), call.startsOn());
        ExtractedEvent video = events.stream().filter(e -> e.kind() == EventKind.VIDEO_CALL).findFirst().orElseThrow();
        assertNull(video.startsOn());
        assertEquals(LocalDate.of(2023, 3, 1), video.notBefore());
        assertEquals(LocalDate.of(2023, 3, 15), video.notAfter());
        ExtractedEvent earlierCall = events.stream().filter(e -> e.kind() == EventKind.PHONE_CALL && e.startsOn() == null)
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2023, 3, 1), earlierCall.notBefore());
        assertEquals(LocalDate.of(2023, 3, 10), earlierCall.notAfter());
    }

    @Test
    void theOtherPartyFollowsMaAfterTheSpeakersApposition() {
        ExtractedArticle a = Articles.extract("تحدث كمال يلدز، وزير الخارجية التركي، يوم الثلاثاء مع وزير الخارجية "
                + "اليوناني نيكوس بابادوبولوس.");
        assertEquals(2, a.events().get(0).participantRefs().size(), a.people().toString());
    }

    @Test
    void eachArticleStatesTheKindItGivesAnEvent() {
        ExtractedEvent e = Articles.extract("عقد الزعيمان قمة افتراضية في 7 فبراير لبحث التجارة.").events().get(0);
        assertEquals(EventKind.VIDEO_CALL.name(), claim(e, ExtractedClaim.KIND).value());
        assertEquals("قمة افتراضية", claim(e, ExtractedClaim.KIND).span().text());
    }

    private static ExtractedPerson person(ExtractedArticle a, int ref) {
        return a.people().get(ref);
    }

    @Test
    void oneVisitorsMeetingsWithDifferentPeopleAreDifferentEvents() {
        ExtractedArticle a = Articles.extract("وأوضحت مصادر أن وزير الخارجية الغاني كوفي أمانكوا سيجري مباحثات مع الرئيس "
                + "النيجيري إبراهيم موسى.\nوأشارت المصادر إلى أن أمانكوا سيجتمع خلال الزيارة مع نظيره النيجيري يوسف توغار.\n"
                + "وكان أمانكوا قد التقى توغار في أكرا الأسبوع الماضي بحضور وزير الخارجية التوغولي روبرت دوسي.\n"
                + "من جهة ثانية بحث الوزير أمانكوا أمس مع وزير الخارجية الكيني موسى واتانغولا أزمة السودان.");
        // the talks with the president, the meeting with the counterpart during the visit, the visit, the earlier
        // meeting in Accra and yesterday's talks
        assertEquals(5, a.events().size(), a.events().toString());
        assertTrue(a.events().stream().anyMatch(e -> e.title().startsWith("سيجتمع") && e.participantRefs().size() == 2),
                a.events().toString());
    }

    @Test
    void aMeetingOfHisHasTheSentenceSubjectAsParticipant() {
        ExtractedArticle a = Articles.extract("جدد الرئيس التونسي قيس بن سالم التأكيد على دعم الحوار، مشددا أثناء "
                + "لقائه وزير الخارجية الفرنسي جان بيار أمس على أهمية التعاون.");
        ExtractedEvent e = a.events().get(0);
        assertEquals(List.of("جان بيار", "قيس بن سالم"), e.participantRefs().stream().map(r -> person(a, r).name())
                .sorted().toList());
    }

    @Test
    void searchingReceivingStrangersAndNamedBodiesAreNoEvents() {
        assertTrue(Articles.extract("إيران تبحث عن تطبيع العلاقات مع جيرانها.").events().isEmpty());
        assertTrue(Articles.extract("وتستقبل ألمانيا العدد الأكبر من اللاجئين.").events().isEmpty());
        assertTrue(Articles.extract("وقال إن حزب المؤتمر يرفض الحوار، داعيا إلى مزيد من المحادثات والعودة إلى مائدة "
                + "المفاوضات.").events().isEmpty());
    }

    @Test
    void theConferenceIsThePressConferenceOfTheSpeakerWhoseDayWasCarriedToIt() {
        ExtractedArticle a = Articles.extract("عقد وزير الخارجية سالم حداد اليوم مؤتمرا صحفيا مشتركا مع نظيره الأردني "
                + "فادي منصور.\nوقال حداد في بداية المؤتمر إن العلاقات بين البلدين ممتازة.");
        assertEquals(List.of(EventKind.PRESS_BRIEFING), a.events().stream().map(ExtractedEvent::kind).toList());
        ExtractedArticle forum = Articles.extract("افتتح وزير الاقتصاد سالم حداد اليوم معرض الصناعات الغذائية.\n"
                + "وقال حداد في بداية المؤتمر إن الصادرات ستتضاعف.");
        assertEquals(List.of(EventKind.CONFERENCE), forum.events().stream().map(ExtractedEvent::kind).toList());
    }

    @Test
    void theMeetingAndTheConferenceReferBackToWhatWasNamed() {
        ExtractedArticle a = Articles.extract("عقد وزراء خارجية دول الاتحاد المغاربي أمس جلسة مجلس وزاري في تونس.\n"
                + "وقال الوزير الليبي صالح الورفلي في مؤتمر صحفي مشترك أعقب الاجتماع إن الجلسة كانت إيجابية.\n"
                + "وأكد الوزير خلال المؤتمر أن الاجتماع تناول ملف الهجرة.", "2023-03-10T09:00:00Z");
        assertEquals(2, a.events().size(), a.events().toString());
    }

    @Test
    void aDateBeforeAComplementizerBelongsToTheSaying() {
        ExtractedArticle a = Articles.extract("وأوضح الأمين العام في بيان له اليوم أن جدول أعمال الاجتماع يتضمن ملف الهجرة.");
        assertNull(a.events().get(0).startsOn());
        ExtractedArticle held = Articles.extract("وأوضح الأمين العام أن اليوم شهد اجتماع اللجنة الفنية.");
        assertEquals(LocalDate.of(2023, 3, 10), held.events().get(0).startsOn());
    }

    @Test
    void aDatePastAComplementizerBelongsToItsOwnClause() {
        ExtractedEvent e = Articles.extract("وقال الوزير إن الاجتماع تناول أن الوفد وصل أمس إلى العاصمة.").events().get(0);
        assertNull(e.startsOn());
    }

    @Test
    void aStatementLinksToTheEventNamedBetweenItsCueAndIt() {
        ExtractedArticle a = Articles.extract("وقال المتحدث باسم الخارجية سالم يونس في الإيجاز الصحفي الأسبوعي أمس إن "
                + "الحكومة ترفض الاتهامات.");
        assertEquals(EventKind.PRESS_BRIEFING, a.events().get(a.quotes().get(0).eventRef()).kind());
    }

    @Test
    void aCompoundNameIsOnePersonHoweverItIsSpaced() {
        ExtractedArticle a = Articles.extract("التقى الرئيس عبد الرحيم الصافي أمس وزير الداخلية.\n"
                + "وقال عبدالرحيم الصافي إن الأمن مستتب.");
        assertEquals(1, a.people().stream().filter(p -> p.name().endsWith("الصافي")).count(), a.people().toString());
    }

    @Test
    void aCommentMadeLaterIsAboutTheReportedEvent() {
        ExtractedArticle a = Articles.extract("أجرى الرئيس الفنلندي ماتي كورهونين اتصالا هاتفيا مع نظيره الإستوني "
                + "يان تامم أمس.\nوأضاف مستشار الرئاسة ميكو لاين، في وقت لاحق، أن \"الحوار وحده يحل المشكلات\".");
        ExtractedQuote q = a.quotes().get(a.quotes().size() - 1);
        assertEquals("time-anaphor", q.eventRule());
        assertEquals(EventKind.PHONE_CALL, a.events().get(q.eventRef()).kind());
    }
}
