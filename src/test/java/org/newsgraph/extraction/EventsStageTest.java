package org.newsgraph.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.extraction.ExtractedArticle;
import org.newsgraph.extraction.ExtractedEvent;

/** One event construction per test: which events a sentence written for it names, as "KIND date place". */
class EventsStageTest {

    /** The article's events as "KIND startsOn location", in order; published Friday 10 March 2023. */
    private static void check(String body, String... expected) {
        List<String> got = Articles.extract(body).events().stream()
                .map(e -> e.kind() + " " + e.startsOn() + " " + e.location()).toList();
        assertEquals(List.of(expected), got, body);
    }

    @Test
    void aCouncilHoldingAMeetingSitsAsThatCouncil() {
        check("وعقد مجلس الأمن الدولي اليوم اجتماعا بشأن الأوضاع في المنطقة.", "COUNCIL_MEETING 2023-03-10 null");
        // the head of a council meeting someone holds talks
        check("والتقى رئيس مجلس النواب سالم حداد أمس السفير فادي منصور.", "TALKS 2023-03-09 null");
    }

    @Test
    void speakingInAnOccasionIsNoCall() {
        check("وعقد مجلس الأمن جلسة مغلقة تحدث فيها المبعوث الأممي إلى المنطقة.", "COUNCIL_MEETING null null");
        check("وتحدث الوزير خلال المؤتمر عن الاقتصاد.", "CONFERENCE null null");
        check("وتحدث الوزير هاتفيا مع نظيره الأردني.", "PHONE_CALL null null");
    }

    @Test
    void theSpeakersOwnBriefingIsTheCouncilsSessionItWasGivenAt() {
        check("وقدم المبعوث الأممي سالم حداد أمس إحاطة لمجلس الأمن.\nوقال في إحاطته إن فرص السلام قائمة.",
                "COUNCIL_MEETING 2023-03-09 null");
        // a briefing that is no occasion of the words is no event
        check("وأشار المبعوث إلى أن إحاطته تتأخر كل شهر.");
    }

    @Test
    void aSessionNounWithItsOrdinalAndABodyGluedToLiIsThatBodysSession() {
        check("وشارك الوزير في أعمال الدورة العادية الـ 160 لمجلس الجامعة في القاهرة.", "COUNCIL_MEETING null القاهرة");
        check("وافتتحت أمس الدورة الاستثنائية للجنة الوزارية.", "COUNCIL_MEETING 2023-03-09 null");
        check("وتعقد الدورة العادية للجنة المشتركة في عمان.", "COUNCIL_MEETING null عمان");
        // the next session is an event once its day is given
        check("وتعقد الدورة المقبلة للجنة المشتركة يوم 20 أبريل.", "COUNCIL_MEETING 2023-04-20 null");
        check("وقال الوزير إن الدورة المقبلة للجنة المشتركة ستبحث ملف المياه.");
        // a course or a cycle names no body
        check("وشارك الموظفون في الدورة التدريبية الثالثة.");
        check("وانطلقت الدورة الثانية لبطولة الشطرنج.");
    }

    @Test
    void aDayRightAfterTheOpeningVerbDatesTheSentencesFirstEvent() {
        check("تلقى، أمس الخميس، وزير الخارجية والتعاون الدولي، سالم حداد، مكالمة هاتفية من نظيره الأردني فادي منصور.",
                "PHONE_CALL 2023-03-09 null");
        check("واختتمت، اليوم، وبعد يومين من المداولات، المحادثات بين وفدي البلدين في عمان.", "TALKS 2023-03-10 عمان");
        check("وقال، أمس، وزير الخارجية سالم حداد إن اجتماعا للجنة المشتركة سيعقد في عمان.", "TALKS null عمان");
    }

    @Test
    void aHolderWithALongHonorificAndLineageNameStillTakesPartInTheCall() {
        assertEquals(List.of("سالم حداد", "فيصل بن خالد بن عبدالله آل مقرن"), participants("تلقى صاحب السمو الملكي الأمير"
                + " فيصل بن خالد بن عبدالله آل مقرن، ولي العهد رئيس مجلس الوزراء، اتصالا هاتفيا أمس من الرئيس سالم حداد."));
    }

    @Test
    void aMeetingVerbWhoseActTookPlaceInACallIsThatCallNotTalksOfItsOwn() {
        check("وبحث الرئيس سالم حداد، أمس، خلال اتصال هاتفي مع نظيره الأردني فادي منصور، العلاقات بين البلدين.",
                "PHONE_CALL 2023-03-09 null");
        // on a summit's sidelines the two meet apart from the summit: two events
        check("وبحث الرئيس سالم حداد مع نظيره فادي منصور، أمس، على هامش قمة عمان، العلاقات بين البلدين.",
                "TALKS 2023-03-09 null", "SUMMIT null عمان");
    }

    @Test
    void theMaghrebsPressConferenceIsABriefing() {
        check("وقال الوزير كريم العلمي في ندوة صحفية بالرباط أمس إن المفاوضات مستمرة.", "PRESS_BRIEFING 2023-03-09 الرباط");
        check("وأوضح الوزير كريم العلمي خلال نقطة صحفية أمس أن الحدود آمنة.", "PRESS_BRIEFING 2023-03-09 null");
        check("وشارك الوزير كريم العلمي في ندوة حول المياه بالرباط أمس.", "CONFERENCE 2023-03-09 الرباط");
        // a joint seminar of two named sides is their joint press conference
        check("وقال الرئيس في ندوة مشتركة مع نظيره سامر هالي أمس إن التعاون يتعزز.", "PRESS_BRIEFING 2023-03-09 null");
    }

    @Test
    void aMinistrysRegularBriefingIsAPressBriefing() {
        check("وقال المتحدث سالم حداد خلال الإحاطة الأسبوعية لوزارة الخارجية أمس إن الوساطة مستمرة.",
                "PRESS_BRIEFING 2023-03-09 null");
        check("وأكدت المتحدثة في مؤتمرها الصحفي الأسبوعي أمس أن الحوار مستمر.", "PRESS_BRIEFING 2023-03-09 null");
    }

    @Test
    void aMeetingVerbWithTheOtherPartyAsAnObjectPronounIsAMeeting() {
        check("ووصل الوزير سالم حداد إلى عمان اليوم، حيث استقبله رئيس الوزراء فادي منصور.", "TALKS 2023-03-10 null");
        check("وكان الرئيس فادي منصور قد التقاه أمس في عمان.", "TALKS 2023-03-09 عمان");
        check("واستقبلها المستشفى الميداني أمس."); // no person receives: no meeting
        check("وقالت وزارة الخارجية إن الوفد سيصل."); // "وزارة" is no "و" + "زاره"
    }

    @Test
    void theOtherPartyPastAPlaceSetOffByCommas() {
        check("واجتمع ولي العهد الأردني الأمير سالم بن فيصل، في قصر الحمراء في عمان، مع وزير الخارجية الإيطالي"
                + " ماركو بيانكي.", "TALKS null عمان");
        // without a place between commas the subject's words alone are looked past, and a "مع" after a long list of
        // what was discussed is no party of the verb's
        check("وبحث الرئيس سالم حداد أمس أوضاع المزارعين في الجنوب وأسعار القمح والشعير والذرة والأعلاف والأسمدة"
                + " مع تراجع الأمطار.");
    }

    @Test
    void theGuestOfAReceptionPastADoxologyAndAPlaceBetweenCommas() {
        assertEquals(List.of("ماركو بيانكي"), participants("وجاء ذلك خلال استقباله – حفظه الله – في مكتبه بقصر الرئاسة،"
                + " أمس، وزير الخارجية الإيطالي ماركو بيانكي."));
        // without asides the guest is looked for a few words after the event word only: a name past a long clause is
        // someone the article speaks of, not the guest
        assertEquals(List.of(), participants("وجاء ذلك خلال استقباله أمس وفدا من رجال الأعمال والمستثمرين القادمين من"
                + " دول الخليج والمغرب العربي الذين أشادوا بالوزير ماركو بيانكي."));
    }

    private static List<String> participants(String body) {
        ExtractedArticle a = Articles.extract(body);
        return a.events().get(0).participantRefs().stream().map(r -> a.people().get(r).name()).sorted().toList();
    }

    @Test
    void theSpeakerOfWhatHeDidTakesPartInIt() {
        assertEquals(List.of("سالم حداد", "فادي الثاني"),
                participants("قال الرئيس سالم حداد إنه اتصل هاتفيا بالعاهل الأردني، الملك فادي الثاني، أمس."));
        assertEquals(List.of("سامي منصور", "كريم نصار"), participants("وأكد الوزير كريم نصار أنه التقى نظيره سامي منصور أمس."));
        // "أنه تم": the dummy "it", nobody's act; "أنهما": two others
        assertEquals(List.of(), participants("وأكد المتحدث كريم نصار أنه تم عقد اجتماع أمس لبحث الأزمة."));
    }

    @Test
    void aVisitIsAnEventOfItsOwn() {
        check("زار وزير الزراعة سامي الحداد العاصمة الأردنية عمان أمس.", "OTHER 2023-03-09 عمان");
    }

    @Test
    void aWeekdayAfterAConvenedSessionSetsItsDayWithoutAPublicationDate() {
        List<String> got = Articles.extract("ودعا رئيس المجلس سالم حداد إلى عقد جلسة يوم الإثنين المقبل.", null).events()
                .stream().map(e -> e.kind() + " " + e.startsOn()).toList();
        assertEquals(List.of("COUNCIL_MEETING null"), got);
        // wished for with no day: no event
        assertEquals(List.of(), Articles.extract("ودعا رئيس المجلس سالم حداد إلى عقد جلسة طارئة.", null).events());
    }

    @Test
    void aMeetingHeldByAMeansOfCallingIsThatCall() {
        check("وعقد الوزير سالم حداد أمس اجتماعا عبر تقنية الاتصال المرئي مع نظيره الياباني كينجي تاناكا.",
                "VIDEO_CALL 2023-03-09 null");
        // a call named in another clause stays its own event
        check("وعقد الوزير سالم حداد أمس اجتماعا مع السفير كمال ناصر، وأجرى بعده اتصالا هاتفيا مع نظيره.",
                "TALKS 2023-03-09 null", "PHONE_CALL 2023-03-09 null");
    }

    @Test
    void theGuestOfAReceptionPastAnAsideOfDayAndPlace() {
        assertEquals(List.of("سالم حداد", "كريم نصار"), participants(
                "استقبل الشيخ سالم حداد، اليوم في قصر الضيافة، الرئيس الكيني كريم نصار."));
        // without the aside's closing comma the guest is too far to be read as the other party
        assertEquals(List.of("سالم حداد"), participants(
                "استقبل الشيخ سالم حداد اليوم في قصر الضيافة بحضور عدد كبير من المسؤولين والوزراء الرئيس كريم نصار."));
    }

    @Test
    void aMeetingVerbSpelledWithAlAfterAReferenceWordIsAMeetingOfItsOwn() {
        check("وفي وقت لاحق، التقى الوزير سالم حداد السفير كمال ناصر.", "TALKS null null");
        // a definite event noun after such a word refers back and holds no meeting of its own
        check("وبعد اللقاء، قال الوزير سالم حداد إن المحادثات مثمرة.", "TALKS null null");
    }

    @Test
    void byPhoneAfterALongSubjectMakesTheVerbACallAndWordsToAnOutletNone() {
        check("وبحث ولي العهد الشيخ سالم بن فادي الحداد أمس الخميس هاتفيا مع رئيس الوزراء كمال ناصر العلاقات.",
                "PHONE_CALL 2023-03-09 null");
        check("وقالت مصادر تحدثت للصحيفة إن الوزير سيتوجه إلى عمان.");
        // a clause after a comma that holds its own call
        check("وبحث الوزير سالم حداد مع السفير كمال ناصر العلاقات أمس، وتلقى اتصالا هاتفيا من نظيره.",
                "TALKS 2023-03-09 null", "PHONE_CALL null null");
    }

    @Test
    void visitingAPersonIsMeetingHimAndTheMeetingNamedAfterIsThatVisit() {
        check("وزار السفير الفرنسي في عمان جان دوبوا رئيس الوزراء فادي نصار أمس، وتم البحث في العلاقات.\n"
                + "وقال دوبوا بعد اللقاء إن بلاده تدعم الأردن.", "TALKS 2023-03-09 null");
        // a city visited stays a visit
        check("وزار الرئيس فادي نصار باريس أمس، والتقى الوزراء.", "OTHER 2023-03-09 null");
    }

    @Test
    void aPlaceInAppositionAfterTheCapital() {
        check("عقد وزير الصحة فادي نصار أمس محادثات مع نظيره في العاصمة الفرنسية باريس.", "TALKS 2023-03-09 باريس");
    }

    @Test
    void aPlaceWithAnAttachedPreposition() {
        check("التقى وزير النقل كريم سعيد نظيره بلندن يوم الأربعاء.", "TALKS 2023-03-08 لندن");
        check("وجرت أمس جولة مفاوضات بشرم الشيخ بين الوفدين.", "TALKS 2023-03-09 شرم الشيخ");
        check("وعقد الوزير أمس جولة مفاوضات بشأن الشيخ المعتقل.", "TALKS 2023-03-09 null");
    }

    @Test
    void aPlaceOfTheGazetteerIsTheEventsLocation() {
        check("وعقد الرئيسان أمس قمة في أم درمان.", "SUMMIT 2023-03-09 أم درمان");
        check("والتقى الرئيس سالم حداد أمس بمدينة صفاقس الوزير كريم منصور.", "TALKS 2023-03-09 صفاقس");
        check("وعقد الرئيس سالم حداد أمس محادثات مع نظيره كريم منصور بالشارقة.", "TALKS 2023-03-09 الشارقة");
        check("وبحث وزير الخارجية رامي نصار أمس في العاصمة الكونغولية كينشاسا مع نظيرته هدى نصر سبل التعاون.",
                "TALKS 2023-03-09 كينشاسا");
        check("واختتمت أمس مفاوضات بوزنيقة بين الطرفين.", "TALKS 2023-03-09 بوزنيقة");
        // a seat stands for its city
        check("واجتمع الوزير سالم حداد أمس في قصر الإليزيه مع الرئيس كريم منصور.", "TALKS 2023-03-09 باريس");
        // common nouns and given names are no places: المدينة "the city", منى a given name
        check("وأجرى الوزير سالم حداد أمس محادثات في المدينة القديمة.", "TALKS 2023-03-09 null");
        check("والتقى الرئيس سالم حداد أمس بمنى نصار.", "TALKS 2023-03-09 null");
    }

    @Test
    void aPlacePastAReportingWordIsTheSayingsNotTheEvents() {
        check("ومنذ اختتام المحادثات أمس قال المندوب سالم حداد وهو سفير بلاده لدى الأمم المتحدة في نيويورك إن الجولة مفيدة.",
                "TALKS 2023-03-09 null");
        check("واختتمت المحادثات أمس في جنيف بعد أسبوع من المداولات.", "TALKS 2023-03-09 جنيف");
    }

    @Test
    void aMeetingOfABodyIsItsSession() {
        check("ترأس الرئيس سالم حداد أمس اجتماعا للمجلس الأعلى للتخطيط.", "COUNCIL_MEETING 2023-03-09 null");
    }

    @Test
    void talksWithTheMinistersOfABodyStayTalks() {
        check("أجرى الوزير ماجد عيسى أمس محادثات مع وزراء خارجية دول مجلس التعاون.", "TALKS 2023-03-09 null");
    }

    @Test
    void anAddressBeforeACouncilIsItsSession() {
        check("وقال المندوب نبيل شاكر في كلمة أمام مجلس الأمن يوم الخميس إن الوضع خطير.",
                "COUNCIL_MEETING 2023-03-09 null");
    }

    @Test
    void aBriefingToACouncilIsItsSession() {
        check("وقال المبعوث الأممي سمير داود في إحاطة أمام مجلس الأمن أمس إن الهدنة هشة.", "COUNCIL_MEETING 2023-03-09 null");
        check("وأحاط المنسق الخاص كمال يونس مجلس الأمن يوم الأربعاء بآخر التطورات.", "COUNCIL_MEETING 2023-03-08 null");
        check("وكان مجلس الأمن قد استمع إلى إحاطة من المبعوث فؤاد سليم.", "COUNCIL_MEETING null null");
        check("وقال المتحدث باسم الوزارة خلال إحاطة إعلامية أمس إن الحدود مغلقة.", "PRESS_BRIEFING 2023-03-09 null");
        // a parliamentary question, and a briefing with no council named, are no session
        check("وتقدم النائب سامر علي بطلب إحاطة إلى مجلس النواب بشأن أسعار الخبز.");
        check("وقدم الخبير عرضا وإحاطة شاملة للطلاب عن تاريخ المدينة.");
    }

    @Test
    void aDateInsideAQuotationDoesNotDateTheEventOutsideIt() {
        check("وقال المبعوث نزار عيد في معرض إحاطته للمجلس \"ستنتهي المهلة يوم الأحد\".", "COUNCIL_MEETING null null");
    }

    @Test
    void anAddressToALegislatureIsOtherAndItsSittingACouncilSession() {
        check("وقال وزير المالية سامي عودة في كلمة أمام مجلس النواب أمس إن العجز سينخفض.", "OTHER 2023-03-09 null");
        check("وعرض رئيس الوزراء برنامج حكومته أمام البرلمان يوم الأربعاء.", "OTHER 2023-03-08 null");
        check("وقال الوزير إن الحكومة ستعرض الموازنة في جلسة لمجلس الشورى.", "COUNCIL_MEETING null null");
        check("وعقد مجلس النواب أمس جلسة نيابية لانتخاب أعضاء اللجان.", "COUNCIL_MEETING 2023-03-09 null");
        // a committee of the legislature, and the Security Council, stay council sessions
        check("وقال الوزير خلال اجتماع لجنة الشؤون المالية بمجلس النواب أمس إن الموازنة جاهزة.",
                "COUNCIL_MEETING 2023-03-09 null");
        check("وقال المندوب أمام مجلس الأمن أمس إن معاناة الشعب تتفاقم.", "COUNCIL_MEETING 2023-03-09 null");
    }

    @Test
    void aLegislaturesSittingAndAVisitTheSameDayStayApart() {
        check("زار الوزير سامي عودة مدينة الزرقاء أمس. وقال عودة في كلمة أمام البرلمان أمس إن الخطة جاهزة.",
                "OTHER 2023-03-09 null", "OTHER 2023-03-09 null");
    }

    @Test
    void aProtestInFrontOfABuildingIsNoSession() {
        check("ونظم عشرات الطلاب وقفة احتجاجية أمام البرلمان أمس للمطالبة بخفض الرسوم.");
        check("وتظاهر المئات أمام مجلس النواب يوم الأربعاء احتجاجا على القانون.");
        check("واعتصم المعلمون صباح أمس أمام مبنى الوزارة.");
    }

    @Test
    void aNumberedRoundOfTalksIsTalks() {
        check("وانطلقت أمس الجولة الثانية من المشاورات بين الوفدين في مسقط.", "TALKS 2023-03-09 مسقط");
        check("وعقد الطرفان جولتين من المحادثات في جنيف الأسبوع الماضي.", "TALKS null جنيف");
        check("وبدأت اليوم جولة حوار جديدة بين الحكومة والمعارضة.", "TALKS 2023-03-10 null");
        // another round hoped for is none
        check("ودعا الوسيط إلى جولة أخرى من المفاوضات.");
    }

    @Test
    void anyMeetingOfAKindIsNoEvent() {
        check("ولم تحدد أي جلسة مشتركة بين الوفدين حتى الآن.");
    }

    @Test
    void aMeetingScheduledWithinAVisitHasItsOtherParty() {
        check("وسيلتقي الوزير سالم حداد خلال الزيارة برئيس الوزراء الهندي كريم ناصر.", "TALKS null null", "OTHER null null");
    }

    @Test
    void aWeekdayAfterAPresentTenseVerbOfMeetingIsTheComingOne() {
        // published Friday 10 March: "يعقد ... الخميس" is next Thursday, "عقد ... الخميس" the last one
        check("ويعقد الرئيس سالم حداد الخميس مع نظيره الأردني كريم ناصر جولة مباحثات.", "TALKS 2023-03-16 null");
        check("وعقد الرئيس سالم حداد الخميس مع نظيره الأردني كريم ناصر جولة مباحثات.", "TALKS 2023-03-09 null");
        // the subject between commas, the other party and the place before the event word
        check("ويعقد الرئيس التونسي، سالم حداد، الخميس مع نظيره الليبي، كريم ناصر، في العاصمة الليبية طرابلس جولة مباحثات.",
                "TALKS 2023-03-16 null");
        check("وسيستقبل الرئيس سالم حداد ظهر غد السبت وزير الخارجية الأردني فادي منصور.", "TALKS 2023-03-11 null");
        // a relative clause keeps its own tense
        check("ويشارك الوزير سالم حداد في المؤتمر الدولي الذي انطلق الأحد في عمان.", "CONFERENCE 2023-03-05 عمان");
        // the day in figures between parentheses after the weekday
        check("وترأس الوزير سالم حداد اليوم الجمعة (10/3) اجتماعا للمجلس الأعلى للتخطيط.", "COUNCIL_MEETING 2023-03-10 null");
    }

    @Test
    void anEventFollowingADatedOneWasHeldThatDay() {
        check("وعقد الوزيران مؤتمرا صحفيا مشتركا عقب المباحثات التي أجرياها اليوم في عمان.",
                "PRESS_BRIEFING 2023-03-10 null", "TALKS 2023-03-10 عمان");
        // one adjective before the relative pronoun
        check("وعقد الوزيران مؤتمرا صحفيا مشتركا عقب المباحثات الموسعة التي أجرياها اليوم في عمان.",
                "PRESS_BRIEFING 2023-03-10 null", "TALKS 2023-03-10 عمان");
    }

    @Test
    void talksOfManyStatesAreAConference() {
        check("وانطلقت أمس محادثات أمنية إقليمية في مسقط بمشاركة عشر دول.", "CONFERENCE 2023-03-09 مسقط");
        check("وأجرى الوزير سالم حداد أمس محادثات مع نظيره الأردني في عمان.", "TALKS 2023-03-09 عمان");
    }

    @Test
    void theDefiniteReceptionIsTheMeetingButWelcomingSomeoneIsNoEvent() {
        check("استقبل الرئيس كارلوس مينديز أمس رئيس وزراء البرتغال جواو كوستا. وجرى خلال الاستقبال بحث العلاقات الثنائية.",
                "TALKS 2023-03-09 null");
        check("وكان في استقبال الرئيس لدى وصوله إلى المطار وزير الخارجية سالم حداد.");
        check("أقامت السفارة أمس حفل الاستقبال السنوي بمناسبة العيد الوطني.", "OTHER 2023-03-09 null");
    }

    @Test
    void aRegionalAdjectiveOfTheMattersAMeetingDiscussedIsNoConference() {
        // the meeting is the subject of a verb of its matters: the adjective is its object's
        check("استقبل الرئيس كارلوس مينديز أمس رئيس وزراء البرتغال جواو كوستا. وتناول اللقاء القضايا الإقليمية.",
                "TALKS 2023-03-09 null");
        check("التقى الوزير أنطونيو لوبيز أمس نظيره الإيطالي ماركو روسي. كما ناقش الاجتماع القضايا الإقليمية.",
                "TALKS 2023-03-09 null");
        // an adjective right after the meeting is still the meeting's
        check("وتناول الاجتماع الإقليمي أمس في ليما أمن الحدود.", "CONFERENCE 2023-03-09 ليما");
    }

    @Test
    void aMinistersMeetingWithinARegionalGatheringIsPartOfIt() {
        check("وبدأت أمس محادثات أمنية إقليمية في مسقط لدول المنطقة. وقال وزير الخارجية العماني سالم حداد خلال اجتماع "
                + "لوزراء خارجية المجموعة إن الحوار ضروري.", "CONFERENCE 2023-03-09 مسقط");
        // without a regional gathering, the ministers' meeting is their council's session
        check("وقال وزير الخارجية العماني سالم حداد خلال اجتماع لوزراء خارجية المجموعة إن الحوار ضروري.",
                "COUNCIL_MEETING null null");
    }

    @Test
    void aContactGroupOrALiaisonOfficeIsNoCall() {
        check("وتأتي الزيارة في إطار مجموعة الاتصال الخاصة بالأزمة.", "OTHER null null");
        check("وقال المبعوث إن العمل جار لإنشاء مكتب الاتصال في العاصمة.");
    }

    @Test
    void aLeadPlacingTheSpeechDatesTheSpeakersOccasion() {
        // published Friday 10 March: the day after Wednesday's meeting is Thursday
        check("وقال الوزير سالم حداد خلال ترؤسه اجتماعا للمجلس الأعلى للتخطيط إن الخطة جاهزة.\n"
                + "وتأتي تصريحات الوزير سالم حداد غداة لقائه الرئيس كريم ناصر يوم الأربعاء.",
                "COUNCIL_MEETING 2023-03-09 null", "TALKS 2023-03-08 null");
        // a lead with no day leaves the occasion undated
        check("وقال الوزير سالم حداد خلال ترؤسه اجتماعا للمجلس الأعلى للتخطيط إن الخطة جاهزة.\n"
                + "وتأتي تصريحات الوزير سالم حداد في ظل أزمة اقتصادية.", "COUNCIL_MEETING null null");
    }

    @Test
    void anArchiveCaptionIsNoEvent() {
        check("صورة أرشيفية من لقاء سابق بين الوزيرين");
    }

    @Test
    void aContactNotHeldOrOnlyDiscussedIsNoEvent() {
        check("وانتقد النائب سامي عيد عدم عقد مؤتمر صحفي للحكومة منذ شهرين.");
        check("وأبدى الوزير كمال ناصر استعداده لعقد لقاء مع قادة المعارضة.");
        check("وقال المتحدث إن الجانبين يبحثان عقد مؤتمر صحفي مشترك.");
        check("وعقد الوزير كمال ناصر أمس مؤتمرا صحفيا في الوزارة.", "PRESS_BRIEFING 2023-03-09 null");
    }

    @Test
    void speakingToThePressIsNoCall() {
        check("وتحدث الوزير كمال ناصر إلى مجموعة من الصحفيين أمس في الوزارة.");
        check("وتحدث الوزير كمال ناصر مع وسائل الإعلام عقب وصوله.");
        check("وتحدث الوزير كمال ناصر أمس إلى نظيره الأردني فادي منصور.", "PHONE_CALL 2023-03-09 null");
    }

    @Test
    void moreTalksAreNoEvent() {
        check("ودعا الطرفان إلى مزيد من المحادثات في المستقبل.");
    }

    @Test
    void launchingNegotiationsIsAProcessNotAMeeting() {
        check("وأكد الوزير ضرورة إطلاق المفاوضات بين الجانبين.");
    }

    @Test
    void anEventOnTheDayAfterAnotherIsDatedFromItAndTheOtherKeepsItsDay() {
        check("عقد الوزير فادي نصار محادثات مع نظيره في عمان غداة لقائه الرئيس سالم حداد أمس.",
                "TALKS 2023-03-10 عمان", "TALKS 2023-03-09 null");
    }

    @Test
    void anEventOnTheEveOfAScheduledSummitIsDatedTheDayBeforeIt() {
        check("التقى وزير الخارجية كريم سعيد نظيره ماجد عيسى عشية القمة المقررة يوم الأحد.",
                "TALKS 2023-03-11 null", "SUMMIT 2023-03-12 null");
    }

    @Test
    void anInvitationToVisitIsNoEvent() {
        check("ودعا الرئيس الغاني كوفي منصة نظيره النيجيري إلى زيارة أكرا.");
    }

    @Test
    void anEventCalledForInQuotationMarksIsNoEventEither() {
        check("وأحاط الوزير سالم حداد نظيره علما بدعوة بلاده لعقد \"اجتماع عاجل\" لدول الجوار.");
        check("ودعا الوزير سالم حداد إلى «قمة طارئة» لبحث الأزمة.");
    }

    @Test
    void aVisitAnsweringAnInvitationIsAnEvent() {
        check("وصل الرئيس الغاني كوفي منصة أمس إلى أبوجا في زيارة رسمية تلبية لدعوة من نظيره النيجيري.",
                "OTHER 2023-03-09 null");
    }

    @Test
    void twoLeadersMeetingEachOtherNeedNoObject() {
        check("التقى الرئيس الكيني دانيال موانغي نظيره التنزاني جوزيف كيمارو يوم الاثنين.\n"
                + "وكان الزعيمان قد التقيا أيضا يوم الأربعاء في كمبالا.",
                "TALKS 2023-03-06 null", "TALKS 2023-03-08 كمبالا");
    }

    @Test
    void anAddressBeforeTheCouncilNamedBeforeIsItsSession() {
        check("عقد مجلس الأمن أمس جلسة طارئة حول ليبيا.\n"
                + "وقال المبعوث غسان الحلبي في كلمة أمام المجلس إن الهدنة مهددة.",
                "COUNCIL_MEETING 2023-03-09 null");
    }

    @Test
    void standingBeforeABuildingIsNoSession() {
        check("ووقف المتظاهرون أمام المبنى ساعتين.");
    }

    @Test
    void officialsWhoMeetEachOtherNeedNoOtherParty() {
        check("يجتمع وزراء الداخلية العرب اليوم في تونس لبحث مكافحة التهريب.", "COUNCIL_MEETING 2023-03-10 تونس");
        check("واجتمع قادة الأحزاب الكينية أمس في نيروبي.", "TALKS 2023-03-09 نيروبي");
    }

    @Test
    void theMinistersOfABlocHoldingAGatheringMeetAsItsCouncil() {
        check("يعقد وزراء خارجية دول الاتحاد المغاربي يوم الأحد المقبل اجتماعا في الرباط.", "COUNCIL_MEETING 2023-03-12 الرباط");
        check("وبدأ وزراء المالية الأفارقة، اليوم، اجتماعا لهم في القاهرة.", "COUNCIL_MEETING 2023-03-10 القاهرة");
        check("واجتمع الرئيس سالم حداد أمس مع وزراء الخارجية العرب.", "TALKS 2023-03-09 null");
        check("وعقد رئيس الوزراء كمال ناصر أمس اجتماعا مع السفير الفرنسي.", "TALKS 2023-03-09 null");
    }

    @Test
    void theHeadsOfStatesHoldingAGatheringMeetInASummit() {
        check("ويعقد يوم الخميس المقبل اجتماع لقادة دول الساحل في نواكشوط.", "SUMMIT 2023-03-16 نواكشوط");
        check("وسيعقد زعماء دول الساحل غدا لقاء تشاوريا في الرباط.", "SUMMIT 2023-03-11 الرباط");
        check("وعقد قادة الفصائل أمس اجتماعا في الدوحة.", "TALKS 2023-03-09 الدوحة");
    }

    @Test
    void officialsWhoSpeakOfSomethingDoNotMeet() {
        check("وتحدث وزراء المالية عن ارتفاع الأسعار.");
    }

    @Test
    void aMinisterialMeetingOfSeveralStatesIsAConference() {
        check("وانطلقت أمس أعمال الاجتماع الوزاري لدول الجوار الليبي في القاهرة.", "CONFERENCE 2023-03-09 القاهرة");
        check("وتستضيف جاكرتا يوم الخميس المقبل اجتماعات وزراء خارجية دول جنوب شرق آسيا.", "CONFERENCE 2023-03-16 null");
    }

    @Test
    void aMinisterialMeetingOfOneGovernmentStaysItsSession() {
        check("وترأس رئيس الوزراء سالم حداد أمس اجتماعا وزاريا لبحث أسعار الخبز.", "COUNCIL_MEETING 2023-03-09 null");
    }

    @Test
    void aSessionOfTalksInTheConstructStateIsTalks() {
        check("وبدأت أمس جلسة المباحثات الثنائية بين وزير الخارجية سامي حداد ونظيره الإيطالي ماركو فيرا.",
                "TALKS 2023-03-09 null");
        check("وعقد المجلس البلدي أمس جلسة لمناقشة الموازنة.", "COUNCIL_MEETING 2023-03-09 null");
    }

    @Test
    void receivingSomeoneIsAMeeting() {
        check("وقال الوزير فادي نصار لدى استقباله أمس وفدا من رجال الأعمال إن الاستثمار سيزيد.", "TALKS 2023-03-09 null");
        check("وتواصل البلدية استقبال طلبات الترخيص حتى نهاية الشهر.");
    }

    @Test
    void theDayOfTheWordsDoesNotDateAMeetingBeingPrepared() {
        check("وأكد الوزير سالم حداد، اليوم، بشأن التحضيرات للقاء الرئيسين، أن العمل سيكون صعبا.", "TALKS null null");
        check("والتقى الوزير سالم حداد، اليوم، نظيره فادي منصور.", "TALKS 2023-03-10 null");
        // named first in a headline, the meeting is still being prepared: the statement's day does not date it
        check("الرئاسة: الرئيسان لم يحددا موعدا للقائهما\n\nأكد الناطق سالم حداد، اليوم، بشأن التحضيرات للقاء"
                + " الرئيسين، أن \"العمل سيكون صعبا\".", "TALKS null null");
    }

    @Test
    void aDeniedOrUncertainMeetingIsNoEvent() {
        check("وأفاد مصدر بأن لا لقاء سيجمع الرئيس سالم حداد اليوم مع رئيس البرلمان.");
        check("ولم يلتق الوزير سالم حداد نظيره فادي منصور خلال الزيارة.", "OTHER null null");
        check("وليس من المؤكد إن كان الرئيس سيلتقي اليوم نظيره فادي منصور.");
        check("والتقى الرئيس سالم حداد اليوم نظيره فادي منصور.", "TALKS 2023-03-10 null");
    }

    @Test
    void aWishedForOrDemandedMeetingIsNoEvent() {
        check("وقال النائب جميل حداد إننا نتمنى عقد جلسة لانتخاب رئيس.");
        check("وطالب النواب بعقد اجتماع طارئ للحكومة.");
        check("وعقد النواب أمس جلسة لانتخاب رئيس.", "COUNCIL_MEETING 2023-03-09 null");
    }

    @Test
    void aProposedOrConvenedMeetingWithItsDaysIsScheduled() {
        check("وقال المتحدث إن الهند اقترحت على جارتها عقد اجتماع للمستشارين يومي 20 و21 مارس.", "TALKS 2023-03-20 null");
        check("ودعا رئيس المجلس إلى عقد جلسة عامة يوم الاثنين 13 مارس.", "COUNCIL_MEETING 2023-03-13 null");
        check("ودعا رئيس المجلس إلى عقد جلسة عامة لانتخاب رئيس.");
    }

    @Test
    void suchVisitsAreAKindOfContactNotOneHeld() {
        check("وأكد الرئيس أهمية مثل هذه الزيارات لتعزيز العلاقات.");
        check("وبدأ الرئيس سالم حداد أمس زيارة رسمية إلى عمان.", "OTHER 2023-03-09 عمان");
    }

    @Test
    void aJointConferenceOfNamedSidesIsTheirPressConference() {
        check("وقال الوزير نادر فهمي أمس خلال مؤتمر مشترك مع نظيره إن الحدود ستفتح.", "PRESS_BRIEFING 2023-03-09 null");
        check("وافتتح الوزير نادر فهمي أمس مؤتمرا دوليا للاستثمار في عمان.", "CONFERENCE 2023-03-09 عمان");
    }

    @Test
    void aJointPressStatementIsABriefing() {
        check("وقال الوزير نادر فهمي في تصريح صحفي مشترك مع نظيره أمس إن الحدود ستفتح.",
                "PRESS_BRIEFING 2023-03-09 null");
    }

    @Test
    void politicalConsultationsAreTalks() {
        check("وأجرى وفدا البلدين أمس مشاورات سياسية في الرباط.", "TALKS 2023-03-09 الرباط");
        check("ويواصل الرئيس مشاوراته لتشكيل الحكومة.");
    }

    @Test
    void aNameInQuotationMarksDoesNotEndTheMeetingVerbsClause() {
        check("بحث وزير الخارجية “سامي حداد” أمس بتونس مع نظيره الليبي تطورات الأوضاع.", "TALKS 2023-03-09 تونس");
        check("بحث وزير الخارجية “سامي حداد” أمس تطورات الأوضاع. وقال إن الحل قريب مع الشركاء.");
    }

    @Test
    void anEventWordWithAnAttachedPrepositionIsFound() {
        check("ورحب المستشار سالم حداد أمس بزيارة وزير الخارجية التركي إلى القاهرة.", "OTHER 2023-03-09 القاهرة");
        check("وشارك الوزير في الدورة الثانية لمنتدى الشراكة الإفريقية.", "CONFERENCE null null");
        check("وقال إن العمال يكافحون من أجل لقمة العيش.");
    }

    @Test
    void whoReportsInAHeadlineBeforeAnImperfectVerbIsNoParticipantOfTheEventHeSpeaksAbout() {
        ExtractedArticle a = Articles.extract("الوزير رامي عادل يكشف تفاصيل زيارة وفد الحركة للأردن\n\nوقال الوزير إن الزيارة خاصة.");
        assertEquals(List.of(), a.events().get(0).participantRefs());
        a = Articles.extract("وكان الرئيس سالم حداد توعد نظيره في مكالمة هاتفية سابقة بعقوبات.");
        int president = a.people().stream().filter(p -> p.name().equals("سالم حداد")).findFirst().orElseThrow().ref();
        assertEquals(true, a.events().get(0).participantRefs().contains(president)); // توعد is perfect: he calls
    }

    @Test
    void thePreviousSentencesDayDatesTheSpeakersOccasionNotAnEventHisStatementNames() {
        check("وعقد الوزير سامر حداد أمس مؤتمرا صحفيا. وقال حداد إن بلاده على علم بالاجتماعات في القاهرة.",
                "PRESS_BRIEFING 2023-03-09 null", "TALKS null القاهرة");
        check("وقال الوزير سامر حداد أمس إن الحدود ستفتح. وأكد حداد في مؤتمر صحفي أن الحوار مستمر.",
                "PRESS_BRIEFING 2023-03-09 null");
    }

    @Test
    void aDayInsideTheSpeakersPreviousStatementDoesNotDateHisOccasion() {
        check("وأعلن الوزير سامر حداد أن الوفد سيغادر عمان غدا السبت. وقال حداد في مؤتمر صحفي عقده في عمان إن الحوار مستمر.",
                "PRESS_BRIEFING null عمان");
        check("وأعلن الوزير سامر حداد أمس أن الوفد سيغادر عمان. وقال حداد في مؤتمر صحفي عقده في عمان إن الحوار مستمر.",
                "PRESS_BRIEFING 2023-03-09 عمان");
    }

    @Test
    void mentionsOfASummitByItsOwnNameAreOneSummitWhateverTheyNameAroundThem() {
        check("انطلقت، منذ قليل، قمة عمان للمياه بحضور قادة دول المنطقة. واستضاف الأردن، اليوم، أعمال قمة \"عمان"
                + " للمياه\" بمشاركة الرئيس فادي منصور.", "SUMMIT 2023-03-10 عمان");
        check("وشارك الرئيس فادي منصور أمس في قمة عمان للمياه. ويشارك الرئيس غدا في قمة الرباط للطاقة.",
                "SUMMIT 2023-03-09 عمان", "SUMMIT 2023-03-11 الرباط");
    }

    @Test
    void aStateJoinedToATitlesListIsNoHoldersName() {
        ExtractedArticle a = Articles.extract("انطلقت قمة الرباط بحضور قادة دول الخليج ومصر والأردن.");
        List<String> names = a.events().get(0).participantRefs().stream()
                .map(ref -> a.people().get(ref).name()).toList();
        assertEquals(List.of("قادة دول الخليج"), names);
    }

    @Test
    void aBriefingReferredToWithItsOtherPartyAndTheSpeakerItPlacesThereAreItsPeople() {
        ExtractedArticle a = Articles.extract("أكد وزير الخارجية سامر حداد اليوم أن الحدود ستفتح.\n"
                + "جاء ذلك خلال المؤتمر الصحفي المشترك مع وزير الخارجية الأردني نبيل فارس.\n"
                + "ومن جانبه قال وزير الخارجية العراقي كمال ناصر إن التعاون سيتسع.");
        List<String> names = a.events().get(0).participantRefs().stream().map(ref -> a.people().get(ref).name()).toList();
        assertEquals(java.util.Set.of("سامر حداد", "نبيل فارس", "كمال ناصر"), java.util.Set.copyOf(names));
        ExtractedArticle without = Articles.extract("أكد وزير الخارجية سامر حداد اليوم أن الحدود ستفتح.\n"
                + "وقال الوزير نبيل فارس خلال المؤتمر الصحفي إن الحدود ستفتح.");
        assertEquals(1, without.events().get(0).participantRefs().size()); // only who speaks at it
    }
    @Test
    void aBodyOfTwoGovernmentsMeetsInTalksNotACouncilSession() {
        check("وترأس وزيرا الخارجية أمس اجتماع اللجنة العليا المشتركة في بغداد.", "TALKS 2023-03-09 بغداد");
        check("وعقد أمس في عمان اجتماع لجنة المتابعة الأردنية العراقية برئاسة وكيلي وزارتي الخارجية.", "TALKS 2023-03-09 null");
        // one state's committee, a parliament's joint committee of two committees
        check("وترأس الوزير أمس اجتماع اللجنة الوطنية للانتخابات.", "COUNCIL_MEETING 2023-03-09 null");
        check("وقال الوزير إن اجتماع اللجنة الفنية يأتي في إطار العلاقات الثنائية.", "COUNCIL_MEETING null null");
        check("وناقش النواب أمس في اجتماع اللجنة المشتركة من لجنتي الزراعة والمالية مشروع القانون.",
                "COUNCIL_MEETING 2023-03-09 null");
    }

    @Test
    void aRoundCalledNextOrNewWithNoDayOrPlaceIsNoEvent() {
        check("وقال الوسيط إن موعد جولة المفاوضات المقبلة لم يحدد بعد.");
        check("وأعلن الطرفان الاتفاق على جولة حوار جديدة.");
        check("وتنطلق الجولة المقبلة من المحادثات في جنيف.", "TALKS null جنيف");
        check("وأعلن الطرفان انعقاد جولة حوار جديدة يوم الأحد المقبل.", "TALKS 2023-03-12 null");
    }

    @Test
    void aMeetingVerbsObjectBeforeTheEventItFollowsDoesNotCutTheDay() {
        check("وكان الرئيس سالم حداد التقى رئيس الوزراء الأردني فادي منصور، على هامش قمة عمان للمياه، الأربعاء الماضي.",
                "TALKS 2023-03-08 null", "SUMMIT 2023-03-08 عمان");
        // a clause of its own after the comma, with no FOLLOWING word, leaves the meeting undated
        check("والتقى الرئيس سالم حداد رئيس الوزراء الأردني فادي منصور، وقال إنه سيزور قمة عمان للمياه الأربعاء المقبل.",
                "TALKS null null", "SUMMIT 2023-03-15 عمان");
    }

    @Test
    void aGatheringThatSpeaksAsABodyIsStillTheEventItNames() {
        // the speaker stage reads "القمة العربية" as the speaker; the event stage still reads the summit
        check("وأكدت القمة العربية في عمان أمس أن السلام خيار استراتيجي.", "SUMMIT 2023-03-09 عمان");
    }

    /** The edition key of each event of an article, in order. */
    private static List<String> editions(String body) {
        return Articles.extract(body).events().stream().map(ExtractedEvent::edition).toList();
    }

    @Test
    void everySpellingOfAGatheringsEditionGivesOneKey() {
        List<String> summit = List.of("summit|عربيه|28");
        assertEquals(summit, editions("واختتمت القمة العربية الـ28 أعمالها في عمان."));
        assertEquals(summit, editions("واختتمت القمة العربية الـ 28 أعمالها."));
        assertEquals(summit, editions("وأكد سالم حداد أن القمة العربية العادية الـ28 نجحت."));
        assertEquals(summit, editions("وتنطلق القمة العربية الثامنة والعشرين في عمان."));
        assertEquals(summit, editions("وانطلقت أعمال الدورة العادية الثامنة والعشرين للقمة العربية في عمان."));
        assertEquals(summit, editions("وشارك الوزير في الدورة الـ28 للقمة العربية."));
        // the headline names the edition, the body "القمة": the event keeps it
        assertEquals(summit, editions("اختتام القمة العربية الـ 28 بالأردن\n\nواختتمت القمة أعمالها بعد جلسة مغلقة."
                ).subList(0, 1));
        assertEquals(List.of("conference|اطراف|27"), editions("وافتتح مؤتمر الأطراف السابع والعشرين أعماله في شرم الشيخ."));
        assertEquals(List.of("summit|خليجيه|40"), editions("وانطلقت القمة الخليجية الأربعين في الرياض."));
        assertEquals(List.of("summit|خليجيه|11"), editions("وانطلقت القمة الخليجية الحادية عشرة في الرياض."));
        assertEquals(List.of("council|جامعه عربيه|152"), editions("وعقد اجتماع مجلس الجامعة العربية الـ152 في القاهرة."));
    }

    @Test
    void aGatheringWithNoOrdinalOrWithADayHasNoEdition() {
        assertEquals("[null]", editions("وتعقد القمة العربية المقبلة في الرياض.").toString());
        assertEquals("[null]",
                editions("وتعقد القمة العربية في الثامن والعشرين من مارس.").toString());
        // an ordinal and no name: the second summit of two leaders is no edition of a named gathering
        assertEquals("[null]",
                editions("وعقد الرئيس سالم حداد ونظيره رامي نصار القمة الثانية بينهما في عمان.").toString());
        // a count of parties, or a council's sitting that names no body, describes a gathering without naming it
        assertEquals("[null]", editions("وانعقدت القمة الثلاثية الثانية في عمان.").toString());
        assertEquals("[null]", editions("وافتتحت الجلسة العامة الثانية أعمالها أمس.").toString());
    }

    @Test
    void aGatheringNamedAfterItsHostCityIsKeyedByTheCity() {
        assertEquals(List.of("conference|بغداد|0"), editions("واختتم مؤتمر بغداد للتعاون والشراكة أعماله."));
        assertEquals(List.of("conference|بغداد|2"), editions("وانطلق مؤتمر بغداد الثاني في عمان."));
        assertEquals(List.of("summit|الرياض 2023|0"), editions("وانطلقت قمة الرياض 2023 أمس."));
        // a city after a preposition is where a gathering meets, not its name
        assertEquals("[null]", editions("وانطلق مؤتمر في بغداد لبحث الاستثمار.").toString());
        assertEquals("[null]", editions("وانطلق المؤتمر الاقتصادي أمس.").toString());
    }

    @Test
    void twoEditionsOfOneGatheringAreTwoEvents() {
        assertEquals(List.of("summit|عربيه|28", "summit|عربيه|27"),
                editions("وقال الوزير إن القمة العربية الـ28 ستكون أنجح من القمة العربية الـ27."));
    }

    @Test
    void aRoundANewOneThatAPastVerbOpenedIsHeld() {
        check("واستؤنفت في مدينة جدة جولة جديدة من المفاوضات بين وفدي البلدين.", "TALKS null null");
        check("وتنتظر الأطراف جولة جديدة من المفاوضات بين وفدي البلدين."); // still to come, no day: no event
    }

    @Test
    void theNextSessionOfASeriesWithNoDayIsNoEvent() {
        check("وأكد الوزير كريم العلمي أن بلاده ستحتضن الدورة المقبلة للاجتماع رفيع المستوى بين البلدين.");
        check("وأكد الوزير كريم العلمي أن بلاده ستحتضن الدورة المقبلة للاجتماع رفيع المستوى في يونيو.", "TALKS null null");
    }

    @Test
    void aContactWhoseDayIsNotSetIsNoEvent() {
        check("وقال الوزير كريم العلمي إن زيارته المرتقبة إلى باريس لم يحدد موعدها بعد.");
        check("وقال الوزير كريم العلمي إن زيارته المرتقبة إلى باريس ستجري الأسبوع المقبل.", "OTHER null باريس");
    }

    @Test
    void theHostsLongNamingAndAnAsideDoNotPartTheMeetingVerbFromItsDay() {
        check("استقبل ولي العهد الأمير سالم بن راشد آل حمدان، في قصر الروضة بالرياض اليوم الجمعة، وفدا من مجلس الشيوخ"
                + " برئاسة السيناتور جون ميلر.", "TALKS 2023-03-10 الرياض");
        // a day past a long object of no one's naming stays too far
        check("استقبل الوزير سالم حداد وفدا من رجال الأعمال والمستثمرين الأجانب العاملين في قطاعات الطاقة والمياه والنقل"
                + " والزراعة والصناعة والسياحة أمس.", "TALKS null null");
    }

    @Test
    void aCountOfContactsIsNoEvent() {
        check("وقال الوزير سالم حداد إن البلاد استضافت العديد من الاجتماعات السرية.");
        check("وأكد الوزير سالم حداد أنه أجرى عدة لقاءات مع المسؤولين.");
        // one meeting named is an event
        check("وعقد الوزير سالم حداد أمس اجتماعا مع نظيره.", "TALKS 2023-03-09 null");
    }

    @Test
    void aBlocsMinistersMeetingAGuestHoldTalks() {
        check("اجتمع وزراء خارجية دول مجلس التعاون الخليجي في الدوحة أمس مع وزير الخارجية الأمريكي جون كيري.",
                "TALKS 2023-03-09 الدوحة");
        // among themselves they sit as the bloc's council
        check("اجتمع وزراء خارجية دول مجلس التعاون الخليجي في الدوحة أمس.", "COUNCIL_MEETING 2023-03-09 الدوحة");
    }

    @Test
    void anUndatedArticleStillDatesEventsWrittenInFull() {
        assertEquals(List.of("TALKS 2023-03-05"), Articles.extract("وقال الوزير إن الاجتماع الذي عقد يوم 5 مارس 2023 كان مثمرا.", null)
                .events().stream().map(e -> e.kind() + " " + e.startsOn()).toList());
        // "أمس" needs the publication day
        assertEquals(List.of("TALKS null"), Articles.extract("وقال الوزير إن الاجتماع الذي عقد أمس كان مثمرا.", null)
                .events().stream().map(e -> e.kind() + " " + e.startsOn()).toList());
    }

    @Test
    void aLectureIsAnOccasion() {
        check("وقال الوزير سالم حداد في محاضرة ألقاها أمس بالمعهد الملكي إن الحوار ضروري.", "OTHER 2023-03-09 null");
    }

    @Test
    void aMediaPointIsAPressBriefing() {
        check("وأضافت الوزيرة هدى نصر، خلال نقطة إعلامية أمس، أن الشراكة نموذجية.", "PRESS_BRIEFING 2023-03-09 null");
    }

    @Test
    void inAnUndatedArticleADateInTheFutureTenseDatesNoBriefing() {
        String body = "وقالت الوزيرة هدى نصر خلال نقطة إعلامية إن الرئيس سيشارك في اجتماع يوم 23 جويلية 2023 في روما.";
        assertEquals(List.of("PRESS_BRIEFING null", "TALKS 2023-07-23"), Articles.extract(body, null).events().stream()
                .map(e -> e.kind() + " " + e.startsOn()).toList());
        // told in the past tense, the dated meeting is the one the briefing followed
        String past = "وقالت الوزيرة هدى نصر خلال نقطة إعلامية إن الرئيس شارك في اجتماع يوم 23 جويلية 2023 في روما.";
        assertEquals(List.of("PRESS_BRIEFING 2023-07-23", "TALKS 2023-07-23"), Articles.extract(past, null).events().stream()
                .map(e -> e.kind() + " " + e.startsOn()).toList());
    }

    @Test
    void aBriefingTakesTheDayOfWordsSaidThereHoweverTheyWerePlaced() {
        check("أكد الوزير سالم حداد، اليوم الجمعة، أن الحوار مستمر.\nوقال حداد خلال مؤتمر صحفي إن الوقت مناسب.",
                "PRESS_BRIEFING 2023-03-10 null");
    }

    @Test
    void theMeetingADatedBriefingFollowedAtOnceWasThatDay() {
        check("وقال الوزير سالم حداد خلال مؤتمر صحفي عقد أمس عقب اجتماع الحوار الاستراتيجي في سوتشي إن الوقت مناسب.",
                "PRESS_BRIEFING 2023-03-09 null", "TALKS 2023-03-09 سوتشي");
        // a meeting the briefing did not follow keeps no day
        check("وقال الوزير سالم حداد خلال مؤتمر صحفي عقد أمس إن اجتماع الحوار الاستراتيجي سيحدد لاحقا.",
                "PRESS_BRIEFING 2023-03-09 null", "TALKS null null");
    }

    @Test
    void anEventsRelativeClauseSetOffByCommasGivesItsDay() {
        check("وقال المتحدث في بيان إن الرئيس أطلع نظيره خلال الاتصال الهاتفي، الذي جرى اليوم، على التطورات.",
                "PHONE_CALL 2023-03-10 null");
    }

    @Test
    void aPlaceJoinedByWaOrAfterATopicIsNoVenue() {
        check("وبحث الرئيس سالم حداد أمس مع نظيره الوضع في أوكرانيا.", "TALKS 2023-03-09 null");
        check("والتقى الرئيس سالم حداد أمس نظيره لبحث العلاقات بين أنقرة ودمشق.", "TALKS 2023-03-09 null");
        // a venue after في is read as before
        check("والتقى الرئيس سالم حداد أمس في أنقرة نظيره.", "TALKS 2023-03-09 أنقرة");
    }

    @Test
    void aLeadsDayDatesTheMeetingItsWordsWereSaidAt() {
        check("دعا الوزير سالم حداد، الخميس، الأردن إلى تسهيل منح التأشيرات.\n"
                + "وقالت وزارة الخارجية في بيان إن \"الوزير سالم حداد التقى نظيره الأردني نادر الخطيب في عمان\".",
                "TALKS 2023-03-09 عمان");
    }

    @Test
    void aMeetingWithThePressIsABriefing() {
        check("وتحدثت الوزيرة هدى نصر عن مواضيع عدة خلال اللقاء السنوي الذي تعقده مع الصحافة أمس.",
                "PRESS_BRIEFING 2023-03-09 null");
        // with a person it is talks
        check("وعقد الوزير سالم حداد لقاء مع نظيره أمس.", "TALKS 2023-03-09 null");
    }

    @Test
    void aMeetingWithThePressGluedToBiIsABriefing() {
        check("وأكد الرئيس سالم حداد أمس خلال لقائه الدوري بالصحافة الوطنية أن الأمن مستتب.", "PRESS_BRIEFING 2023-03-09 null");
        check("وأكد الرئيس سالم حداد أمس خلال لقائه بوسائل الإعلام أن الأمن مستتب.", "PRESS_BRIEFING 2023-03-09 null");
        // a person glued to بـ is met
        check("وأكد الرئيس سالم حداد أمس خلال لقائه بالوزير فادي منصور أن الأمن مستتب.", "TALKS 2023-03-09 null");
    }

    @Test
    void thePluralOfAMeetingVerbSchedulesAMeetingToo() {
        check("وقال الوزير سالم حداد إن أعضاء الوفد سيجتمعون مع الوزير فادي منصور في عمان الاثنين المقبل.",
                "TALKS 2023-03-13 عمان");
        // without anyone named to meet, no meeting
        check("وقال الوزير سالم حداد إن أعضاء الوفد سيجتمعون لاحقا.");
    }

    @Test
    void aDayClosingTheSentenceAfterACommaDatesItsFirstEvent() {
        // Friday 2023-03-10: the Tuesday before
        check("جاء ذلك في مؤتمر صحفي مشترك للوزيرين، قبيل المباحثات بين البلدين، الثلاثاء.",
                "PRESS_BRIEFING 2023-03-07 null", "TALKS null null");
        // after a complementizer the day is of the words reported, and in the future tense it is ahead
        check("وقال الوزير خلال المؤتمر الصحفي إن المحادثات ستستأنف، الثلاثاء.", "PRESS_BRIEFING null null",
                "TALKS 2023-03-14 null");
    }

    @Test
    void aConversationInAPlaceOrOnAVisitIsFaceToFace() {
        check("وتحدث الرئيس سالم حداد مع نظيره فادي منصور أمس في قصر الرئاسة بلشبونة.", "TALKS 2023-03-09 لشبونة");
        check("وقال الرئيس سالم حداد إنه تحادث مطولا مع نظيره فادي منصور خلال زيارته إلى لشبونة.", "TALKS null null",
                "OTHER null لشبونة");
        // with no place and no visit, a conversation of two leaders is their call
        check("وتحدث الرئيس سالم حداد مع نظيره فادي منصور أمس.", "PHONE_CALL 2023-03-09 null");
    }

    @Test
    void theDialogueUnderWayIsTalksButTheIdeaOfDialogueIsNone() {
        check("وقال القيادي سالم حداد إن الوفدين توصلا إلى اتفاق في الحوار الجاري في القاهرة.", "TALKS null القاهرة");
        check("ودعا الوزير فادي منصور الطرفين إلى الحوار.");
    }

    @Test
    void aHostingVerbSetsTheNextWeekdayButSinceItIsPast() {
        check("وتحتضن القاهرة الثلاثاء جولة حوار بين وفدي الحزبين.", "TALKS 2023-03-14 null");
        check("وتحتضن القاهرة منذ الثلاثاء جولة حوار بين وفدي الحزبين.", "TALKS 2023-03-07 null");
    }

    @Test
    void aDateAfterSinceStartsAPeriodAndDatesNoEvent() {
        check("وزار الوزير سالم حداد بيروت، في زيارة هي الثانية له منذ 7 شباط.", "OTHER null null");
        check("وزار الوزير سالم حداد بيروت في 7 شباط.", "OTHER 2023-02-07 null");
    }

    @Test
    void aPersonsTourIsHisVisitButARoundOfTalksIsTalks() {
        check("وأكد الوزير فادي منصور خلال جولته في المنطقة أمس أن الحوار مستمر.", "OTHER 2023-03-09 null");
        check("وانطلقت أمس جولة مفاوضات بين الوفدين.", "TALKS 2023-03-09 null");
    }

    @Test
    void theDayOfTheSayingBeforeTheWordsDatesTheOccasionNamedNext() {
        // "أعلن X اليوم أن ... اعتبارا من اليوم": the second day is in the words; the first still dates the saying
        check("أعلن الوزير سالم حداد اليوم الجمعة، أن المعبر يفتح اعتبارا من اليوم.\n"
                + "وفي ندوة صحفية أعلن خلالها الوزير حداد عن القرار.", "PRESS_BRIEFING 2023-03-10 null");
        // a day only in the words dates nothing
        check("أعلن الوزير سالم حداد أن المعبر يفتح اعتبارا من الخميس.\n"
                + "وفي ندوة صحفية أعلن خلالها الوزير حداد عن القرار.", "PRESS_BRIEFING null null");
    }

    @Test
    void aBriefingDuringOrRightAfterADatedEventIsOnItsDay() {
        check("وافتتح الوزير سالم حداد اليوم المؤتمر الوزاري للتنمية.\n"
                + "وقال حداد في ندوة صحفية خلال انعقاد \"المؤتمر الوزاري\" إن التمويل متاح.",
                "CONFERENCE 2023-03-10 null", "PRESS_BRIEFING 2023-03-10 null");
        check("وقال الوزير سالم حداد في لقاء صحفي عقب محادثات أجراها أمس مع نظيره فادي منصور إن التعاون قوي.",
                "PRESS_BRIEFING 2023-03-09 null", "TALKS 2023-03-09 null");
        // during an undated gathering, the briefing has no day to take
        check("وقال الوزير سالم حداد في ندوة صحفية على هامش القمة إن التعاون قوي.", "PRESS_BRIEFING null null",
                "SUMMIT null null");
    }

    @Test
    void whatTheClausesDayFollowedAtOnceWasThatDay() {
        check("واتفق الوزير سالم حداد والوزير فادي منصور، اليوم، على تمديد الهدنة، وذلك عقب محادثات جرت في القاهرة.",
                "TALKS 2023-03-10 القاهرة");
        // talks the agreement is only about keep no day
        check("واتفق الوزير سالم حداد والوزير فادي منصور، اليوم، على تمديد الهدنة التي بحثتها محادثات جرت في القاهرة.",
                "TALKS null القاهرة");
    }

    @Test
    void theSpeakersDayHoldsForHisBriefingAndTheMeetingHeSpokeAfterUntilAnotherDay() {
        check("قال الوزير سالم حداد اليوم إن الهدنة صامدة.\nوأكد حداد أن الحوار مستمر.\n"
                + "وأضاف حداد، خلال كلمته عقب لقائه الرئيس فادي منصور، أن الخلاف انتهى.", "TALKS 2023-03-10 null");
        // a day named in between ends it
        check("قال الوزير سالم حداد اليوم إن الهدنة صامدة.\nوكانت الحرب قد اندلعت في 3 يناير.\n"
                + "وأضاف حداد، خلال كلمته عقب لقائه الرئيس فادي منصور، أن الخلاف انتهى.", "TALKS null null");
    }

    @Test
    void theTalksAStatementFollowsAreOnTheDayTheSpeakerWasNamedWith() {
        // "عقب مباحثاته" names the talks as the time of the words; the lead's day before is theirs
        check("أعرب وزير الخارجية سالم حداد أمس عن ارتياحه للعلاقات.\n"
                + "وقال الوزير، عقب مباحثاته مع نظيره فادي منصور، إن البلدين متفقان.", "TALKS 2023-03-09 null");
        // talks the words only speak of keep no day
        check("أعرب وزير الخارجية سالم حداد أمس عن ارتياحه للعلاقات.\n"
                + "وقال الوزير إن مباحثاته مع نظيره فادي منصور كانت مثمرة.", "TALKS null null");
    }
}
