package org.newsgraph.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** One grouping construction per test: how many events the mentions of an invented article make, and their days. */
class EventGroupingTest {

    private static void check(String body, String... days) {
        List<String> got = Articles.extract(body).events().stream().map(e -> e.kind() + " " + e.startsOn()).toList();
        assertEquals(List.of(days), got, body);
    }

    @Test
    void theVisitOfTheGuestReceivedIsTheReception() {
        check("استقبل الرئيس سالم حداد اليوم رئيس الوزراء اليوناني نيكوس ماركو.\n"
                + "وأكد المتحدث باسم الرئاسة أن الرئيس رحب بزيارة رئيس الوزراء اليوناني.", "TALKS 2023-03-10");
        // a visit of someone who was not received stays a visit
        check("استقبل الرئيس سالم حداد اليوم رئيس الوزراء اليوناني نيكوس ماركو.\n"
                + "وتأتي الزيارة بعد زيارة الرئيس الفرنسي جان دوبوا إلى المنطقة.", "TALKS 2023-03-10", "OTHER null");
    }

    @Test
    void aMeetingJoinedToAVisitIsTheTalksOfThatVisitOnItsDay() {
        check("بحث الوزير سالم حداد مع نظيره فادي منصور في القاهرة يوم الأربعاء تطورات المنطقة.\n"
                + "وكانت الوزيرة هدى نصر قد زارت عمان الأحد الماضي والتقت الوزير حداد.",
                "TALKS 2023-03-08", "TALKS 2023-03-05");
        // a meeting in a clause of its own after the visit is matched on its own
        check("زارت الوزيرة هدى نصر عمان الأحد الماضي، وفي اليوم التالي التقت الوزير سالم حداد في العقبة.",
                "OTHER 2023-03-05", "TALKS 2023-03-06");
    }

    @Test
    void twoBodiesSessionsAreTwoEventsAndTheCouncilAddressedIsTheOneNamedLast() {
        check("ترأس رئيس الوزراء سالم حداد اليوم جلسة مجلس الوزراء الأسبوعية.\n"
                + "وفي سياق آخر، شارك الوزير فادي منصور في الدورة العادية الـ160 لمجلس الجامعة في القاهرة.\n"
                + "وقال منصور في كلمته أمام المجلس إن القضية الفلسطينية مركزية.",
                "COUNCIL_MEETING 2023-03-10", "COUNCIL_MEETING null");
    }

    @Test
    void aLeaderWhoMetSomeoneOutsideHisCallHeldAMeetingOfItsOwn() {
        check("أجرى الملك سالم الثاني اتصالا هاتفيا مع الرئيس فادي منصور.\n"
                + "والتقى جلالة الملك وزير الخارجية الألماني كارل مولر.", "PHONE_CALL null", "TALKS null");
        // talks of the call's own people are that call
        check("أجرى الملك سالم الثاني اتصالا هاتفيا مع الرئيس فادي منصور.\n"
                + "وبحث الملك مع الرئيس منصور العلاقات الثنائية.", "PHONE_CALL null");
    }

    @Test
    void aReferenceJoinsTheEventNamedBefore() {
        check("التقى وزير الصحة فادي نصار أمس نظيره اللبناني جورج حداد في بيروت.\n"
                + "وتناول الاجتماع التعاون الصحي.", "TALKS 2023-03-09");
    }

    @Test
    void theHeadlinesEventIsTheLeadsFirstEventOfItsFamily() {
        check("وزير الخارجية يبحث مع نظيره الأردني تطورات المنطقة\n"
                + "تلقى وزير الخارجية سالم حداد، اليوم، اتصالا هاتفيا من نظيره الأردني فادي منصور.",
                "PHONE_CALL 2023-03-10");
        check("الوزراء يناقشون الهجرة في اجتماع ببروكسل\n"
                + "عقد وزراء داخلية دول الاتحاد الأوروبي أمس اجتماعا في بروكسل لبحث ملف الهجرة.",
                "COUNCIL_MEETING 2023-03-09");
        check("قمة عربية طارئة في القاهرة\n"
                + "تلقى وزير الخارجية سالم حداد، اليوم، اتصالا هاتفيا من نظيره الأردني فادي منصور.",
                "SUMMIT null", "PHONE_CALL 2023-03-10");
    }

    @Test
    void twoMeetingsOfTheSamePeopleOnDifferentDaysStayApart() {
        check("التقى وزير الصحة فادي نصار نظيره اللبناني جورج حداد يوم الاثنين في بيروت.\n"
                + "والتقى نصار حداد مجددا يوم الأربعاء في طرابلس.", "TALKS 2023-03-06", "TALKS 2023-03-08");
    }

    @Test
    void speakersAtOneCouncilSessionShareIt() {
        check("وقال المندوب نبيل شاكر في كلمة أمام مجلس الأمن إن الوضع خطير.\n"
                + "وقالت المندوبة هالة سمير في كلمة ألقتها يوم الخميس أمام أعضاء مجلس الأمن إن الهدنة ضرورية.",
                "COUNCIL_MEETING 2023-03-09");
    }

    @Test
    void anUndatedOccasionOfTheMainEventsPeopleTakesItsDay() {
        check("التقى وزير الصحة فادي نصار أمس نظيره اللبناني جورج حداد في بيروت.\n"
                + "كما عقد نصار اجتماعا مع رئيس الوزراء اللبناني سمير خليل.", "TALKS 2023-03-09", "TALKS 2023-03-09");
    }

    @Test
    void anUndatedOccasionOfTheMainEventsPeopleInAnotherPlaceKeepsNoDay() {
        check("التقى وزير الصحة فادي نصار أمس نظيره الإيطالي ماركو روسي في روما.\n"
                + "ويجري نصار مباحثات مع رئيس الوزراء اللبناني سمير خليل في بيروت.", "TALKS 2023-03-09", "TALKS null");
        check("التقى وزير الصحة فادي نصار أمس نظيره الإيطالي ماركو روسي في روما.\n"
                + "كما عقد نصار اجتماعا مع رئيس الوزراء الإيطالي جوليو بيانكي في روما.", "TALKS 2023-03-09",
                "TALKS 2023-03-09");
    }

    @Test
    void aSpeakersDatedWordsDateHisUndatedBriefing() {
        check("وقال وزير الداخلية رامي صالح أمس: إن الأمن مستتب.\nوقال صالح في مؤتمر صحفي: إن الحدود مغلقة.",
                "PRESS_BRIEFING 2023-03-09");
    }

    @Test
    void theMainEventIsTheDatedOneWithItsPeopleNotTheMostMentioned() {
        check("أجرى الرئيس سالم حداد أمس اتصالا هاتفيا مع نظيره التونسي علي بن عمر.\n"
                + "وقال المتحدث باسم الرئاسة نادر فهمي في مؤتمر صحفي إن الاتصال كان وديا.\n"
                + "وأضاف فهمي في المؤتمر الصحفي أن العلاقات ممتازة.\n"
                + "وختم فهمي المؤتمر الصحفي بالحديث عن الاقتصاد.",
                "PHONE_CALL 2023-03-09", "PRESS_BRIEFING 2023-03-09");
    }

    @Test
    void theMeetingIsTheOneLastSpokenOfEvenInTheSameSentence() {
        ExtractedArticle a = Articles.extract("اختتمت في أديس أبابا أمس قمة الاتحاد الأفريقي.\n"
                + "وعلى هامش القمة، التقى الرئيس المصري عادل منصور نظيره الإثيوبي تاديسي ميكونين.\n"
                + "وقال منصور عقب اللقاء إن الجانبين اتفقا على استئناف الحوار.");
        ExtractedEvent talks = a.events().get(a.quotes().get(0).eventRef());
        assertEquals("TALKS 2", talks.kind() + " " + talks.mentions().size());
    }

    @Test
    void aScheduledMeetingIsTheOneALaterFutureReferenceJoins() {
        check("التقى وزير الخارجية التونسي منصف الرياحي أمس نظيره المغربي يوسف العلوي.\n"
                + "ومن المقرر أن يلتقي الرياحي اليوم رئيس الحكومة المغربية عبد الكريم الصبار.\n"
                + "وقال مصدر دبلوماسي إن اللقاء سيتناول الاستثمارات.",
                "TALKS 2023-03-09", "TALKS 2023-03-10");
        ExtractedArticle a = Articles.extract("التقى وزير الخارجية التونسي منصف الرياحي أمس نظيره المغربي يوسف العلوي.\n"
                + "ومن المقرر أن يلتقي الرياحي اليوم رئيس الحكومة المغربية عبد الكريم الصبار.\n"
                + "وقال مصدر دبلوماسي إن اللقاء سيتناول الاستثمارات.");
        assertEquals(1, a.quotes().get(0).eventRef());
    }

    @Test
    void theMainEventOfAnArticleAboutAScheduledCallIsThatCall() {
        check("من المقرر أن يجري الرئيس البرازيلي لويس مورا محادثات هاتفية مع نظيره الأرجنتيني خافيير بيريز يوم الخميس.\n"
                + "وقال المتحدث باسم الرئاسة في مؤتمر صحفي إن الاتصال سيتناول التجارة.",
                "PHONE_CALL 2023-03-16", "PRESS_BRIEFING null");
    }

    @Test
    void preparationsForTheMeetingPointAtTheScheduledOneNotTheLastNamed() {
        String body = "يعقد وزراء الداخلية العرب اجتماعهم السنوي في تونس يوم الأربعاء المقبل.\n"
                + "وقال الأمين العام سمير الهادي إن لجنة الخبراء عقدت اجتماعا يوم الاثنين.\n"
                + "وقال وزير الداخلية التونسي منير بلحاج إن بلاده أنهت الاستعدادات لاستضافة الاجتماع.\n"
                + "وقال الهادي إن الاجتماع كان مثمرا.";
        check(body, "COUNCIL_MEETING 2023-03-15", "TALKS 2023-03-06");
        ExtractedArticle a = Articles.extract(body);
        assertEquals(0, a.quotes().get(1).eventRef(), "the meeting being prepared");
        assertEquals(1, a.quotes().get(2).eventRef(), "the meeting last named, which was held");
    }

    @Test
    void theSessionIsTheSessionOfTalksLastSpokenOf() {
        check("وعقد وزير الطاقة الهندي أنيل كومار ونظيره العماني سالم الهنائي أمس جلسة مباحثات مغلقة.\n"
                + "وقال كومار إن الجانبين بحثا خلال الجلسة أسعار الغاز.", "TALKS 2023-03-09");
        check("وعقد مجلس الأمن أمس جلسة طارئة.\nوقال المندوب نبيل شاكر خلال الجلسة إن الوضع خطير.",
                "COUNCIL_MEETING 2023-03-09");
    }

    @Test
    void aBareSessionIsTheLastSessionNotTheMeetingOnItsMargins() {
        check("عقد مجلس النواب أمس جلسة عامة برئاسة رئيس المجلس كمال يوسف.\n"
                + "وعلى هامش الجلسة عقد لقاء بين يوسف ورئيس الحكومة منير سالم.\n"
                + "وفي مستهل الجلسة صوت النواب على القانون.",
                "COUNCIL_MEETING 2023-03-09", "TALKS 2023-03-09");
    }

    @Test
    void aBareSessionAfterTalksAloneIsThoseTalks() {
        check("بدأت أمس جلسة مباحثات بين وزير الخارجية سامي حداد ونظيره الإيطالي ماركو فيرا.\n"
                + "واستمرت الجلسة ساعتين.", "TALKS 2023-03-09");
    }

    @Test
    void aBareMeetingWordIsTheLastMeetingNotTheSummitItWasHeldAt() {
        check("التقى وزير الخارجية سامي حداد أمس الرئيس السوري على هامش القمة العربية في دمشق.\n"
                + "وهنأ حداد الرئيس على نجاح القمة.\n"
                + "وتناول اللقاء العلاقات الثنائية.", "TALKS 2023-03-09", "SUMMIT 2023-03-09");
    }

    @Test
    void aHeadlinesMeetingIsTheBodysMeetingOfItsPeopleWhenTheLeadIsABriefing() {
        check("حداد يدعو بعد لقائه نظيره التونسي إلى الحوار\n"
                + "قال الرئيس سالم حداد خلال المؤتمر الصحفي الذي تلا لقاء القمة مع نظيره التونسي علي بن عمر إن الحوار ضروري.",
                "PRESS_BRIEFING null", "SUMMIT null");
        check("حداد يبحث مع وزير الدفاع خطة الجيش\n"
                + "قال الرئيس سالم حداد خلال المؤتمر الصحفي الذي تلا لقاء القمة مع نظيره التونسي علي بن عمر إن الحوار ضروري.",
                "TALKS null", "PRESS_BRIEFING null", "SUMMIT null");
    }

    @Test
    void undatedTalksOfAllTheSummitsPeopleAreThatSummit() {
        check("عقد الرئيس سالم حداد ونظيره التونسي علي بن عمر قمة ثنائية في تونس.\n"
                + "وقال حداد إن محادثاته مع بن عمر تناولت الطاقة.", "SUMMIT null");
        check("عقد الرئيس سالم حداد ونظيره التونسي علي بن عمر والملك فهد العلي قمة ثلاثية في تونس.\n"
                + "وقال حداد إن محادثاته مع بن عمر على هامش القمة تناولت الطاقة.", "SUMMIT null", "TALKS null");
    }

    @Test
    void aPlacesEventNamedWithoutPeopleTakesThePeopleNamedWithItNext() {
        check("انتهت القمة في جنيف مساء أمس.\n"
                + "وكانت قمة تاريخية في جنيف قد جمعت الرئيس سالم حداد ونظيره التونسي علي بن عمر.", "SUMMIT 2023-03-09");
        check("انتهت القمة في جنيف مساء أمس.\n"
                + "وكانت قمة سابقة في جنيف قد جمعت الرئيس سالم حداد ونظيره التونسي علي بن عمر.", "SUMMIT 2023-03-09",
                "SUMMIT null");
    }

    @Test
    void anInterviewIsNoEvent() {
        check("وقال وزير الخارجية سالم حداد في لقاء مع قناة الغد إن الحوار ضروري.\n"
                + "وقال وزير المالية فادي منصور في لقاء تلفزيوني إن الموازنة جاهزة.");
        check("التقى وزير الخارجية سالم حداد أمس نظيره الأردني فادي منصور.\n"
                + "وتناول اللقاء، وفقا لوكالة الأنباء، التعاون بين البلدين.", "TALKS 2023-03-09");
    }

    @Test
    void thePreviousRoundIsNotTheRoundUnderWay() {
        check("استؤنفت أمس في جدة جولة جديدة من المفاوضات بين الوفدين.\n"
                + "وكانت الجولة السابقة من المفاوضات قد علقت في ديسمبر الماضي.", "TALKS 2023-03-09", "TALKS null");
        check("استؤنفت أمس في جدة جولة جديدة من المفاوضات بين الوفدين.\n"
                + "وقالت مصادر دبلوماسية إن الجولة الحالية تركز على وقف إطلاق النار.", "TALKS 2023-03-09");
    }

    @Test
    void aMeetingStillToComeNamedIndefinitelyIsNotTheOneHeld() {
        check("والتقى الوزير كمال بوزيد نظيره الفرنسي سالم حداد الأسبوع الماضي.\n"
                + "وقال الوزير إن الجزائر ستحتضن في أبريل المقبل اجتماعا لدول الجوار.", "TALKS null", "TALKS null");
        // the meeting to come named again is that meeting
        check("وقال الوزير كمال بوزيد إن الجزائر ستحتضن في أبريل المقبل اجتماعا لدول الجوار.\n"
                + "وأضاف أن الاجتماع سيبحث الأوضاع في ليبيا.", "TALKS null");
    }

    @Test
    void anIndefiniteSessionOfABodyIsThatBodysSessionNamedAgain() {
        check("وترأس رئيس الحكومة رياض منصور أمس جلسة لمجلس الوزراء خصصت لبحث خطة الكهرباء.\n"
                + "وأكد وزير الإعلام بعد جلسة مجلس الوزراء أن الحكومة أقرت خطة طوارئ.", "COUNCIL_MEETING 2023-03-09");
        check("وترأس رئيس الحكومة رياض منصور أمس جلسة لمجلس الوزراء خصصت لبحث خطة الكهرباء.\n"
                + "وعقد مجلس النواب جلسة تشريعية اليوم.", "COUNCIL_MEETING 2023-03-09", "COUNCIL_MEETING 2023-03-10");
    }

    @Test
    void theSameDayIsTheDayOfTheMeetingNarratedBefore() {
        check("وصل الوزير ليث الساعدي أمس الخميس إلى برلين والتقى نظيرته كلاوديا هارتمان.\n"
                + "وفي اليوم ذاته، اجتمع الساعدي مع رئيس البرلمان يورغن فايس.", "TALKS 2023-03-09", "TALKS 2023-03-09");
    }

    @Test
    void anUndatedOccasionOfAVisitOfSeveralDaysTakesTheDayNarratedLastBeforeIt() {
        check("التقى وزير الخارجية ليث الساعدي أمس في برلين نظيرته كلاوديا هارتمان.\n"
                + "واليوم التقى الساعدي وزير الاقتصاد توماس برانت.\n"
                + "كما شارك الساعدي في منتدى الأعمال العراقي الألماني.",
                "TALKS 2023-03-09", "TALKS 2023-03-10", "CONFERENCE 2023-03-10");
        // one day's meetings: the main event's day
        check("التقى وزير الخارجية ليث الساعدي أمس في برلين نظيرته كلاوديا هارتمان.\n"
                + "كما شارك الساعدي في منتدى الأعمال العراقي الألماني.", "TALKS 2023-03-09", "CONFERENCE 2023-03-09");
    }

    @Test
    void talksHeldLaterAreNotTheReceptionBefore() {
        check("استقبل ولي العهد الأمير سالم بن راشد آل حمدان اليوم وفدا من مجلس الشيوخ الأمريكي.\n"
                + "وفي وقت لاحق، عقد الوفد جلسة مباحثات مع وزير الخارجية الأمير فهد بن ناصر.",
                "TALKS 2023-03-10", "TALKS 2023-03-10");
        // without the later time the talks are the reception's
        check("استقبل ولي العهد الأمير سالم بن راشد آل حمدان اليوم وفدا من مجلس الشيوخ الأمريكي.\n"
                + "وعقد الوفد جلسة مباحثات مع ولي العهد الأمير سالم بن راشد آل حمدان.", "TALKS 2023-03-10");
    }

    @Test
    void aGatheringHeldByVideoIsThatGatheringAndTheBareMeetingWordNamesIt() {
        check("وعقدت اليوم قمة مصغرة لرؤساء دول الاتحاد لبحث أزمة المياه، عبر تقنية الفيديو.\n"
                + "وقال المتحدث باسم الرئاسة إن الرئيس سالم حداد شارك في الاجتماع الذي ترأسه الرئيس فادي منصور.",
                "SUMMIT 2023-03-10");
        // a meeting of two by video, with no gathering before the means, is a video call
        check("وعقد الرئيس سالم حداد اليوم لقاء مع الرئيس فادي منصور، عبر تقنية الفيديو.", "VIDEO_CALL 2023-03-10");
    }

    @Test
    void theDiscussingDoneDuringTheCallAndItsTalksAreTheCall() {
        // "بحثا خلاله": the verb's discussing was in the call; "المحادثات" after the article's one call is its talk
        check("الرئيس يبحث مع ولي العهد أزمة المياه\n\nأجرى الرئيس سالم حداد اليوم اتصالا هاتفيا مع ولي العهد فادي منصور، "
                + "بحثا خلاله أزمة المياه.\nوقال بيان للرئاسة إن المحادثات تناولت التعاون.", "PHONE_CALL 2023-03-10");
        // with two calls in the article, the talks are not taken for the last one
        check("أجرى الرئيس سالم حداد اليوم اتصالا هاتفيا مع الملك فادي منصور.\n"
                + "وتحدث وزير الخارجية سامي خالد أمس هاتفيا مع نظيره كريم ناصر.\n"
                + "وتأتي المحادثات قبل اجتماع وزاري في 20 مارس.",
                "PHONE_CALL 2023-03-10", "PHONE_CALL 2023-03-09", "COUNCIL_MEETING 2023-03-20");
    }
}
