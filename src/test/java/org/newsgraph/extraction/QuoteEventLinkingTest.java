package org.newsgraph.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * One linking construction per test, with a sentence where it applies and one where it must not: each statement's
 * event kind (or none) and the rule that linked it. Published Friday 10 March 2023.
 */
class QuoteEventLinkingTest {

    private static void check(String body, String... expected) {
        ExtractedArticle a = Articles.extract(body);
        List<String> got = a.quotes().stream()
                .map(q -> (q.eventRef() == null ? "none" : a.events().get(q.eventRef()).kind().name()) + " " + q.eventRule())
                .toList();
        assertEquals(List.of(expected), got, body);
    }

    @Test
    void theOccasionNamedInTheStatementsClause() {
        check("التقى وزير الصحة فادي نصار أمس نظيره اللبناني جورج حداد.\n"
                + "وقال نصار خلال اللقاء إن التعاون الصحي سيتسع.",
                "TALKS event-in-clause");
    }

    @Test
    void anEventNamedOnlyAsTheObjectOfAStanceIsNotWhatTheStatementReports() {
        check("عقد وزير الخارجية سالم حداد أمس مؤتمرا صحفيا مع نظيره فادي منصور.\n"
                + "وقال حداد خلال المؤتمر الصحفي إن بلاده على علم باللقاءات التي جرت في القاهرة.",
                "PRESS_BRIEFING event-in-clause");
        check("عقد وزير الخارجية سالم حداد أمس مؤتمرا صحفيا مع نظيره فادي منصور.\n"
                + "وقال حداد خلال المؤتمر الصحفي إن بلاده ترحب بزيارة الوفد التجاري.",
                "PRESS_BRIEFING event-in-clause");
        check("عقد وزير الخارجية سالم حداد أمس مؤتمرا صحفيا مع نظيره فادي منصور.\n"
                + "وقال حداد خلال المؤتمر الصحفي إن اللقاءات التي جرت في القاهرة كانت مثمرة.",
                "TALKS event-in-statement");
    }

    @Test
    void wordsGivenToAnOutletAreAtNoEventTheSpeakerIsCarriedTo() {
        check("واستقبل الرئيس سالم حداد أمس السفير كمال ناصر.\nوأكد حداد أن العلاقات متينة.\n"
                + "في المقابل، اعتبر النائب فادي منصور، في تصريح لـ\"الأيام\"، أن الحكومة فشلت في إدارة الملف.",
                "TALKS speaker-last-occasion", "none general-position");
        // an occasion the clause names still places them
        check("واستقبل الرئيس سالم حداد أمس السفير كمال ناصر.\n"
                + "وقال حداد، في تصريح لصحيفة الأيام عقب اللقاء، إن العلاقات متينة.", "TALKS event-in-clause");
    }

    @Test
    void aGatheringOrTheStatementItIssuedSpeaksAtThatGathering() {
        check("واختتمت القمة الخليجية أعمالها أمس في الرياض.\nوأكد البيان الختامي دعم الاستقرار في المنطقة.",
                "SUMMIT gathering-speaks");
        check("وعقد المؤتمر الدولي للمناخ أمس في جنيف.\nودعا إعلان جنيف إلى خفض الانبعاثات.", "CONFERENCE gathering-speaks");
        // a ministry's statement speaks for the ministry, wherever the article's gathering was
        check("واختتمت القمة الخليجية أعمالها أمس في الرياض.\nوأكدت وزارة الخارجية العمانية في بيان دعمها للاستقرار.",
                "none general-position");
    }

    @Test
    void anotherEventTheWordsNamePastTheirStartYieldsToTheOccasionTheClauseNames() {
        check("وعقدت القمة الخليجية أمس في الرياض.\n"
                + "وقال الأمين العام سالم حداد خلال الجلسة الختامية للقمة إن الدول تدعم نتائج مؤتمر جنيف.",
                "SUMMIT event-in-clause");
        check("وعقدت القمة الخليجية أمس في الرياض.\n"
                + "وأكد الأمين العام سالم حداد خلال القمة أهمية محادثات فيينا لحل الأزمة.", "SUMMIT event-in-clause");
        // an event the statement opens with is what it reports, wherever it was said
        check("وعقدت القمة الخليجية أمس في الرياض.\n"
                + "وقال الأمين العام سالم حداد خلال القمة إن محادثات فيينا انتهت دون اتفاق.", "TALKS event-in-statement");
    }

    @Test
    void aReferenceInTheClauseOnlyDatesTheBriefingItNames() {
        check("أجرى وزير الزراعة سامي الحداد أمس محادثات مع نظيره التونسي علي بن صالح.\n"
                + "وقال الحداد في مؤتمر صحفي عقب المحادثات إن أسعار الحبوب مستقرة.\n"
                + "وقال بن صالح عقب المحادثات إن بلاده تستورد القمح من أوكرانيا.",
                "PRESS_BRIEFING event-in-clause", "TALKS event-in-clause");
    }

    @Test
    void aContinuationKeepsTheSpeakersOccasion() {
        check("التقى وزير الصحة فادي نصار أمس نظيره اللبناني جورج حداد.\n"
                + "وقال نصار خلال اللقاء إن التعاون الصحي سيتسع.\n"
                + "وأضاف أن المستشفيات ستتبادل الخبرات.",
                "TALKS event-in-clause", "TALKS same-speaker-continues");
    }

    @Test
    void aContinuationCarriesWhereTheSpeakerWasNotWhatHeReportedOn() {
        check("بحث وزير النقل كريم سعيد أمس مع نظيره الأردني ماهر علي تطوير الطرق.\n"
                + "وقال سعيد في مؤتمر صحفي مشترك إن الجانبين اتفقا على خط بري جديد.\n"
                + "وأضاف أن أسعار الوقود ستبقى ثابتة.",
                "TALKS reports-on-event", "PRESS_BRIEFING same-speaker-continues");
    }

    @Test
    void anotherSpeakerIsNoContinuation() {
        check("التقى وزير الصحة فادي نصار أمس نظيره اللبناني جورج حداد.\n"
                + "وقال نصار خلال اللقاء إن التعاون الصحي سيتسع.\n"
                + "وقال الخبير سمير عيسى إن القطاع الصحي يعاني نقصا في الأطباء.",
                "TALKS event-in-clause", "none general-position");
    }

    @Test
    void aContinuationNamingTheBriefingItWasAtGoesOnAboutTheEvent() {
        check("أجرى الرئيس سالم حداد أمس اتصالا هاتفيا مع نظيره التونسي علي بن عمر.\n"
                + "وقال المتحدث باسم الرئاسة نادر فهمي إن حداد أبلغ بن عمر دعم بلاده.\n"
                + "وأضاف فهمي في مؤتمر صحفي أن فرض رسوم جديدة سيكون خطأ.",
                "PHONE_CALL reports-on-event", "PHONE_CALL goes-on-about-reported");
    }

    @Test
    void whatWasAgreedLinksToTheTalksEvenAtTheLaterBriefing() {
        check("بحث وزير النقل كريم سعيد أمس مع نظيره الأردني ماهر علي تطوير الطرق.\n"
                + "وقال سعيد في مؤتمر صحفي مشترك عقب المباحثات إن الجانبين اتفقا على خط بري جديد.\n"
                + "وقال سعيد في المؤتمر إن أسعار الوقود ستبقى ثابتة.",
                "TALKS reports-on-event", "PRESS_BRIEFING event-in-clause");
    }

    @Test
    void theOtherPartysLongNamingDoesNotPartABriefingFromTheTalksItFollows() {
        String lead = "عقد وزير الخارجية سالم حداد مؤتمرا صحفيا مشتركا مع وزير الخارجية والتعاون الدولي والمغتربين الأردني، "
                + "الدكتور فادي منصور، وذلك عقب المباحثات الرسمية التي أجرياها اليوم في عمان.\n";
        String statements = "وأوضح أن المباحثات مع وزير الخارجية الأردني جاءت لتعزيز العلاقات.\n"
                + "وأشار إلى أنه جرى بحث ملفات الطاقة.\n"
                + "وأوضح وزير الخارجية أن التبادل التجاري تضاعف في الفترة الماضية.";
        check(lead + statements, "TALKS event-in-statement", "TALKS reports-on-event", "PRESS_BRIEFING speaker-last-occasion");
        // as many words between that name no one part them: the general remark stays with the speaker's talks
        check(lead.replace("مع وزير الخارجية والتعاون الدولي والمغتربين الأردني، الدكتور فادي منصور،",
                "تناول فيه ملفات الطاقة والمياه والنقل والتجارة والسياحة والاستثمار،") + statements,
                "TALKS event-in-statement", "TALKS reports-on-event", "TALKS speaker-last-occasion");
    }

    @Test
    void theCounterpartSpeaksWhereTheStatementBeforeWasMade() {
        check("أجرى وزير الخارجية الأردني سامر الخطيب أمس مباحثات مع نظيره العراقي حيدر الساعدي.\n"
                + "وقال الخطيب في مؤتمر صحفي مشترك إن الجانبين اتفقا على تسريع مشروع الأنبوب.\n"
                + "من جهته، قال الساعدي إن العراق يريد رفع التبادل التجاري.",
                "TALKS reports-on-event", "PRESS_BRIEFING counterpart-replies");
    }

    @Test
    void anEventOneIsThankfulForIsOnlyMentioned() {
        check("التقى الرئيس سالم حداد اليوم المبعوث الأممي فادي منصور.\n"
                + "وأعرب حداد عن امتنانه للمبعوث على الزيارة الأخيرة، مؤكدا دعم جهوده.",
                "TALKS exchange-of-participants", "TALKS same-speaker-continues");
    }

    @Test
    void aCouncilSpeaksAtItsOwnSession() {
        check("عقدت اليوم جلسة لمجلس الأمن الدولي بشأن الأوضاع في السودان.\n"
                + "ودعا مجلس الأمن إلى وقف فوري لإطلاق النار.", "COUNCIL_MEETING gathering-speaks");
        // another body speaks at no session of the council
        check("عقدت اليوم جلسة لمجلس الأمن الدولي بشأن الأوضاع في السودان.\n"
                + "وفي سياق آخر، دعت جامعة الدول العربية إلى وقف فوري لإطلاق النار.", "none general-position");
    }

    @Test
    void statesNamedInTheWordsAreNoPeopleWhoToldEachOtherAnything() {
        check("التقى وزير الخارجية سالم حداد أمس نظيره فادي منصور.\n"
                + "وفي مؤتمر صحفي مشترك عقب اللقاء، قال منصور إن البلدين متفقان.\n"
                + "وأضاف أن التنسيق بين القاهرة وعمان مستمر.",
                "PRESS_BRIEFING event-in-clause", "PRESS_BRIEFING same-speaker-continues");
    }

    @Test
    void wordsOnWhatHappensDuringAnEventAreAboutIt() {
        String talks = "التقى وزير الخارجية سالم حداد أمس نظيره فادي منصور في عمان.\n";
        check(talks + "وقال حداد عقب لقائه منصور إن ملف المياه سيبحث خلال قمة الرئيسين في الرباط.",
                "SUMMIT event-in-statement");
        // an event the words only mention past their start, with no "during", yields to the clause's occasion
        check(talks + "وقال حداد عقب لقائه منصور إن بلاده تدعم نتائج قمة الرئيسين في الرباط.",
                "TALKS event-in-clause");
    }

    @Test
    void aGatheringThatDescribesTheGuestIsNotWhereTheHostSpeaks() {
        String reception = "استقبل رئيس المجلس الوطني سالم حداد اليوم وزير الخارجية الأردني فادي منصور، المشارك في"
                + " أعمال المؤتمر الدولي للمياه.\n";
        check(reception + "ورحب حداد بالوزير الضيف والوفد المرافق له المشارك في المؤتمر، معربا عن تقديره لدور الأردن.",
                "TALKS speaker-last-occasion");
        // his own taking part in it is where he speaks
        check(reception + "وقال منصور خلال مشاركته في المؤتمر إن المياه قضية أمن وطني.",
                "CONFERENCE event-in-clause");
    }

    @Test
    void aSpeakerContrastedByAmmaSpeaksWhereTheOneBeforeSpoke() {
        String session = "عقد البرلمان اليوم جلسة عامة لمناقشة قانون الموازنة.\n"
                + "وقال النائب خالد العمري بعد الجلسة إن الحكومة لم تقدم أرقاما دقيقة.\n";
        check(session + "أما النائبة سلوى حداد فرأت أن الموازنة واقعية.",
                "COUNCIL_MEETING event-in-clause",
                "COUNCIL_MEETING counterpart-replies");
        // "أما" far from the statement before it opens a matter of its own
        check(session + "وتناقش الأحزاب منذ أشهر قانون الانتخابات.\nوتتابع اللجان عملها.\n"
                + "أما رئيس الوزراء فاعتبر أن الإصلاح ضروري.",
                "COUNCIL_MEETING event-in-clause", "none general-position");
    }

    @Test
    void whatTheEventsPeopleToldEachOtherLinksToIt() {
        check("تلقى أمير قطر الشيخ جاسم بن سعود أمس اتصالا هاتفيا من الرئيس الفرنسي بيير مارتان.\n"
                + "وقال قصر الإليزيه في بيان إن مارتان أكد لأمير قطر دعم فرنسا للحل السياسي.\n"
                + "وقال المحلل مروان الخطيب إن فرنسا تسعى إلى دور أكبر.",
                "PHONE_CALL exchange-of-participants", "none general-position");
    }

    @Test
    void aParticipantAsTheStatementsSubjectReportsOnHisEvent() {
        check("تحدث وزير الخارجية الكندي مارك ليبلان يوم الأربعاء مع نظيره المكسيكي خوان رويث.\n"
                + "وقال المتحدث باسم الوزارة بول تيري إن ليبلان كرر دعم بلاده للاتفاق التجاري.\n"
                + "وقال تيري إن الحكومة سترفع ميزانية الدفاع.",
                "PHONE_CALL participant-reported", "none general-position");
    }

    @Test
    void anAnswerToAQuestionIsGivenAtTheBriefing() {
        check("الحدود مفتوحة والمخيمات مكتظة\n"
                + "وقال وزير الداخلية رامي صالح في مؤتمر صحفي أمس إن الحدود مفتوحة.\n"
                + "وردا على سؤال حول اللاجئين، قال صالح إن المخيمات مكتظة.",
                "PRESS_BRIEFING event-in-clause", "PRESS_BRIEFING answer-at-briefing");
    }

    @Test
    void aTimeAnaphorPointsAtTheOccasionLastNarrated() {
        check("وكان الرئيسان الكيني دانيال موانغي والتنزاني جوزيف كيمارو قد التقيا في أغسطس الماضي في كمبالا.\n"
                + "وقال موانغي حينها إن بلاده لن تتنازل عن أرضها.\n"
                + "وقال كيمارو إن السلام ممكن.",
                "TALKS time-anaphor", "TALKS speaker-last-occasion");
    }

    @Test
    void aLeadStatementTakesTheOccasionNamedLaterInItsParagraph() {
        check("أكد وزير الزراعة سامي الحداد أن المحصول وفير. وقال الحداد خلال لقائه المزارعين أمس إن الأسعار ستنخفض.",
                "TALKS speaker-occasion-in-paragraph", "TALKS event-in-clause");
    }

    @Test
    void aLeadTakesTheOccasionOfTheNextParagraph() {
        check("الأردن والعراق شريكان\n"
                + "أكد وزير الخارجية الأردني سامر الخطيب أن بلاده ماضية في الشراكة مع العراق.\n"
                + "جاء ذلك خلال مؤتمر صحفي عقده الخطيب أمس في عمان.\n"
                + "وقال الخبير باسل العمري إن الشراكة تحتاج إلى تمويل.",
                "PRESS_BRIEFING occasion-named-after", "none general-position");
        check("الأردن والعراق شريكان\n"
                + "أكد وزير الخارجية الأردني سامر الخطيب أن بلاده ماضية في الشراكة مع العراق.\n"
                + "وعقد الخطيب مؤتمرا صحفيا أمس في عمان.",
                "PRESS_BRIEFING speaker-occasion-ahead");
    }

    @Test
    void theReceptionNamedBackAfterItsVerbIsTheMeeting() {
        check("استقبل رئيس الوزراء كارلوس مينديز أمس وزير الخارجية البرتغالي جواو كوستا.\n"
                + "وقالت رئاسة الوزراء في بيان إنه جرى خلال الاستقبال بحث العلاقات الثنائية.",
                "TALKS event-in-statement");
        // a reception party is no meeting
        check("أقامت السفارة أمس حفل الاستقبال السنوي بمناسبة العيد الوطني. وقال السفير كارلوس مينديز إن العلاقات متينة.",
                "none general-position");
    }

    @Test
    void aLeadWhoseOpenerGovernsAPlaceOrATimeNamesTheOccasionAfterTheComma() {
        check("البرازيل وتشيلي شريكان\n"
                + "أكد وزير الخارجية البرازيلي ماركو سيلفا أن بلاده ماضية في الشراكة مع تشيلي.\n"
                + "جاء ذلك في العاصمة سانتياغو، خلال مؤتمر صحفي مع نظيره خوان رويث.",
                "PRESS_BRIEFING occasion-named-after");
        check("البرازيل وتشيلي شريكان\n"
                + "أكد وزير الخارجية البرازيلي ماركو سيلفا أن بلاده ماضية في الشراكة مع تشيلي.\n"
                + "جاء ذلك في وقت متأخر من مساء الخميس (بتوقيت برازيليا)، في مؤتمر صحفي بمقر الوزارة.",
                "PRESS_BRIEFING occasion-named-after");
        // no second opener after the comma: the press conference is only mentioned, not the occasion
        check("البرازيل وتشيلي شريكان\n"
                + "أكد وزير الخارجية البرازيلي ماركو سيلفا أن بلاده ماضية في الشراكة مع تشيلي.\n"
                + "جاء ذلك في العاصمة سانتياغو، وسيعقد الوزير مؤتمرا صحفيا الأسبوع المقبل.",
                "none general-position");
    }

    @Test
    void theSpeakerStaysWhereHisLatestStatementWasMade() {
        check("استقبل رئيس الوزراء سمير خليل أمس وزير الخارجية البريطاني جون هيل.\n"
                + "وقال هيل في مؤتمر صحفي عقب اللقاء إن لندن تدعم الإصلاحات.\n"
                + "وبشأن الانتخابات، أكد هيل ضرورة إجرائها بموعدها.",
                "PRESS_BRIEFING event-in-clause", "PRESS_BRIEFING speaker-last-occasion");
    }

    @Test
    void aGeneralPositionHasNoEvent() {
        check("وقال وزير المالية عادل منصور إن التضخم سينخفض العام المقبل.", "none general-position");
    }

    @Test
    void anOccasionNamedAfterTheStatementWithWadhalikIsItsClauseOccasion() {
        check("أكد وزير الصحة فادي نصار أن المستشفيات جاهزة للشتاء، وذلك خلال مؤتمر صحفي عقده أمس في بيروت.",
                "PRESS_BRIEFING event-in-clause");
        check("قالت وزيرة التجارة الكينية روث أوما إن الصادرات ستتضاعف، وذلك على هامش منتدى الأعمال الإفريقي في نيروبي.",
                "CONFERENCE event-in-clause");
    }

    @Test
    void jaaDhalikOpeningTheNextSentenceNamesTheOccasionOfTheStatementsBefore() {
        check("أكد وزير الزراعة سامي الحداد أن المحصول سيتراجع. وأضاف أن الأمطار تأخرت. "
                + "جاء ذلك خلال لقائه وفدا من منظمة الأغذية والزراعة.",
                "TALKS occasion-named-after", "TALKS occasion-named-after");
        check("وقال رئيس الوزراء البيروفي خوان ميندوزا: «لن نرفع الضرائب». وجاءت تصريحاته خلال مؤتمر صحفي في ليما أمس.",
                "PRESS_BRIEFING occasion-named-after");
    }

    @Test
    void jaaDhalikAfterAnotherSpeakersStatementIsNotTheOccasionOfTheFirst() {
        check("قال الخبير سمير عيسى إن المحصول سيتراجع. وقال وزير الزراعة سامي الحداد إن الأمطار تأخرت. "
                + "جاء ذلك خلال لقائه وفدا من منظمة الأغذية والزراعة.",
                "none general-position", "TALKS occasion-named-after");
    }

    @Test
    void aBodySpeaksAtTheBriefingItsSpokesmanHolds() {
        check("عمان والمانحون\n"
                + "وقال المتحدث باسم وزارة الخارجية الأردنية سفيان القضاة في الإيجاز الصحفي الأسبوعي إن الاتصالات مستمرة. "
                + "وأكدت وزارة الخارجية الأردنية أن الأردن لن يتحمل العبء وحده.",
                "PRESS_BRIEFING event-in-clause", "PRESS_BRIEFING body-at-spokesmans-briefing");
        check("ليما والنقابات\n"
                + "وقال المتحدث الرسمي باسم الحكومة البيروفية خوسيه رامون في مؤتمر صحفي أمس إن الإضراب انتهى.\n"
                + "وأضافت الحكومة البيروفية أن المفاوضات مع النقابات ستستأنف.",
                "PRESS_BRIEFING event-in-clause", "PRESS_BRIEFING body-at-spokesmans-briefing");
    }

    @Test
    void anotherBodyDoesNotSpeakAtTheSpokesmansBriefing() {
        check("ليما والنقابات\n"
                + "وقال المتحدث الرسمي باسم الحكومة البيروفية خوسيه رامون في مؤتمر صحفي أمس إن الإضراب انتهى. "
                + "وأكدت وزارة الخارجية الأردنية أن الأردن لن يتحمل العبء وحده.",
                "PRESS_BRIEFING event-in-clause", "none general-position");
    }
    @Test
    void aSpeakerAtABriefingHisClauseNamesAttendsItForHisEarlierStatements() {
        check("أسعار الغاز\n"
                + "وأكد وزير الطاقة نبيل حمدان أن أسعار الغاز ستنخفض.\n"
                + "وشدد في مؤتمر صحفي مشترك عقده أمس مع نظيره القبرصي أندرياس ميخائيل على أن الاستثمار مفتوح.",
                "PRESS_BRIEFING speaker-occasion-ahead", "PRESS_BRIEFING event-in-clause");
        check("أسعار الغاز\n"
                + "وأكد الخبير رامز يونس أن أسعار الغاز ستنخفض.\n"
                + "وشدد الوزير نبيل حمدان في مؤتمر صحفي مشترك عقده أمس مع نظيره القبرصي أندرياس ميخائيل على أن الاستثمار مفتوح.",
                "none general-position", "PRESS_BRIEFING event-in-clause");
    }

    @Test
    void aPersonAfterAnEventWordInTheCueIsItsParticipantNotTheAddressee() {
        check("أجرى وزير المالية هشام بدران أمس مباحثات مع نظيره المغربي يوسف العلمي.\n"
                + "وقال بدران في مؤتمر صحفي بعد مباحثات مع نظيره يوسف العلمي إن العجز سيتراجع.",
                "PRESS_BRIEFING event-in-clause");
        check("أجرى وزير المالية هشام بدران أمس مباحثات مع نظيره المغربي يوسف العلمي.\n"
                + "وأكد بدران لنظيره يوسف العلمي أن العجز سيتراجع.",
                "TALKS exchange-of-participants");
    }
    @Test
    void aSpokesmansStatementThatNamesTheOccasionIsTheLeadOfTheStatementsBefore() {
        check("الانتخابات الليبية\n"
                + "أكد رئيس الوزراء الليبي سالم الورفلي اليوم أهمية إجراء الانتخابات.\n"
                + "وذكر المتحدث باسم الرئاسة عماد فوزي أن ذلك جاء خلال لقاء الرئيس كمال نصار مع رئيس الوزراء الليبي في القاهرة.\n"
                + "وأشار الورفلي إلى أن الوضع الأمني يتحسن.",
                "TALKS occasion-named-after", "TALKS event-in-statement", "TALKS speaker-last-occasion");
        check("الانتخابات الليبية\n"
                + "أكد رئيس الوزراء الليبي سالم الورفلي اليوم أهمية إجراء الانتخابات.\n"
                + "وذكر المتحدث باسم الرئاسة عماد فوزي أن ذلك جاء بسبب تأخر الانتخابات.",
                "none general-position", "none general-position");
    }

    @Test
    void theDayAStatementWasMadeAtAnUndatedOccasionDatesIt() {
        ExtractedArticle a = Articles.extract("الانتخابات الليبية\n"
                + "أكد رئيس الوزراء الليبي سالم الورفلي اليوم أهمية إجراء الانتخابات.\n"
                + "جاء ذلك خلال لقائه الرئيس كمال نصار في القاهرة.");
        assertEquals(java.time.LocalDate.of(2023, 3, 10), a.events().get(0).startsOn());
        ExtractedArticle undated = Articles.extract("الانتخابات الليبية\n"
                + "أكد رئيس الوزراء الليبي سالم الورفلي أهمية إجراء الانتخابات.\n"
                + "جاء ذلك خلال لقائه الرئيس كمال نصار في القاهرة.");
        assertEquals(null, undated.events().get(0).startsOn());
    }
    @Test
    void whoSpeaksAtABriefingIsOneOfItsPeopleButWhoSpeaksOfTalksIsNot() {
        ExtractedArticle briefing = Articles.extract("أسعار الغاز\n"
                + "وشدد في مؤتمر صحفي مشترك عقده أمس مع نظيره القبرصي أندرياس ميخائيل على أن الاستثمار مفتوح.\n"
                + "وقال وزير الطاقة نبيل حمدان خلال المؤتمر إن الأسعار ستنخفض.");
        assertEquals(List.of("أندرياس ميخائيل", "نبيل حمدان"), names(briefing, briefing.events().get(0).participantRefs()));
        ExtractedArticle talks = Articles.extract("أسعار الغاز\n"
                + "أجرى وزير المالية هشام بدران أمس مباحثات مع نظيره المغربي يوسف العلمي.\n"
                + "وقال الخبير رامز يونس خلال المباحثات إن العجز سيتراجع.");
        assertEquals(List.of("هشام بدران", "يوسف العلمي"), names(talks, talks.events().get(0).participantRefs()));
    }

    private static List<String> names(ExtractedArticle a, List<Integer> refs) {
        return refs.stream().map(r -> a.people().get(r).name()).sorted().toList();
    }
    @Test
    void aLeadStatementOfASpeakerAtOneOccasionOnlyIsMadeThere() {
        check("الجفاف\n"
                + "أكد وزير الزراعة منير الحلبي أن موسم الحصاد سيتأخر.\n"
                + "وأوضح الخبير سامي نعيم أن الأمطار قليلة.\n"
                + "وقال الحلبي في مؤتمر صحفي عقده أمس إن الدولة ستعوض المزارعين.",
                "PRESS_BRIEFING speaker-only-occasion", "none general-position", "PRESS_BRIEFING event-in-clause");
        check("الجفاف\n"
                + "أكد وزير الزراعة منير الحلبي أن موسم الحصاد سيتأخر.\n"
                + "وأوضح الخبير سامي نعيم أن الأمطار قليلة.\n"
                + "وقال الحلبي في مؤتمر صحفي عقده أمس إن الدولة ستعوض المزارعين.\n"
                + "وكان الحلبي قال خلال جلسة البرلمان الأحد إن المخزون يكفي.",
                "none general-position", "none general-position", "PRESS_BRIEFING event-in-clause",
                "COUNCIL_MEETING event-in-clause"); // a parliament's sitting is a council's session
    }
    @Test
    void aSpokesmanSpeakingAfterAnEventReadsItOut() {
        check("نشاط الرئيس\n"
                + "استقبل الرئيس كمال نصار اليوم وزير الخارجية الإيطالي ماركو بيانكي.\n"
                + "وقال السفير عماد فوزي المتحدث الرسمي باسم رئاسة الجمهورية إن الرئيس أكد حرص بلاده على تعزيز العلاقات.",
                "TALKS participant-reported"); // "الرئيس" is the president named at the talks: what he said there
        check("نشاط الرئيس\n"
                + "استقبل الرئيس كمال نصار اليوم وزير الخارجية الإيطالي ماركو بيانكي.\n"
                + "وقال السفير عماد فوزي المتحدث الرسمي باسم رئاسة الجمهورية إن العلاقات بين البلدين متينة.",
                "TALKS spokesman-reads-out");
        check("نشاط الرئيس\n"
                + "استقبل الرئيس كمال نصار اليوم وزير الخارجية الإيطالي ماركو بيانكي.\n"
                + "وقال الخبير الاقتصادي عماد فوزي إن الأسعار ستنخفض.",
                "none general-position");
        check("نشاط الرئيس\n"
                + "استقبل الرئيس كمال نصار اليوم وزير الخارجية الإيطالي ماركو بيانكي.\n"
                + "وقال السفير عماد فوزي المتحدث الرسمي باسم رئاسة الجمهورية في مؤتمره الصحفي الأسبوعي إن الأسعار ستنخفض.",
                "PRESS_BRIEFING event-in-clause");
    }

    @Test
    void theNextContinuationIsSaidAtTheBriefingNotAtWhatWasReported() {
        check("أجرى الرئيس سالم حداد أمس اتصالا هاتفيا مع نظيره التونسي علي بن عمر.\n"
                + "وقال المتحدث باسم الرئاسة نادر فهمي إن حداد أبلغ بن عمر دعم بلاده.\n"
                + "وأضاف فهمي في مؤتمر صحفي أن فرض رسوم جديدة سيكون خطأ.\n"
                + "وتابع أن الحدود ستفتح الأسبوع المقبل.",
                "PHONE_CALL reports-on-event", "PHONE_CALL goes-on-about-reported",
                "PRESS_BRIEFING same-speaker-continues");
    }

    @Test
    void aSpeechNamedAfterTheStatementPlacesItAtTheEventItWasGivenAt() {
        check("حذر المنسق الأممي كارلوس مينديث من تدهور الأوضاع في الإقليم، وذلك في كلمة له أمام جلسة مجلس الأمن أمس.",
                "COUNCIL_MEETING event-in-clause");
        check("حذر المنسق الأممي كارلوس مينديث من تدهور الأوضاع، وذلك في كلمة له تناول فيها أسباب الأزمة وحلولها مع لجنة الخبراء.",
                "none general-position");
    }

    @Test
    void aSentenceOpeningWithTheSpeechSaysWhereItWasGiven() {
        check("قال رئيس الحزب سمير داود إن الحكومة فشلت في إدارة الأزمة.\n"
                + "وأضاف داود أن الانتخابات يجب أن تجرى في موعدها.\n"
                + "كلام داود جاء خلال استقباله وفدا من نقابة المهندسين أمس.",
                "TALKS occasion-named-after", "TALKS occasion-named-after");
        check("قال رئيس الحزب سمير داود إن الحكومة فشلت في إدارة الأزمة.\n"
                + "وقال الخبير نبيل سعد إن الأزمة ستطول.\n"
                + "كلام داود جاء خلال استقباله وفدا من نقابة المهندسين أمس.",
                // the lead does not reach back over the expert; Daoud's one occasion in the article still places him
                "TALKS speaker-only-occasion", "none general-position");
    }

    @Test
    void aLeadParagraphEndingWithAStopIsNoHeadline() {
        check("أكد وزير الخارجية مراد سليم أنه تم التباحث مع نظيره الإيطالي ماركو فيرا في ملف الهجرة.\n"
                + "وبدأت أمس جلسة المباحثات بين سليم وفيرا في روما.",
                "TALKS reports-on-event");
        check("سليم: الهجرة ملف مشترك مع إيطاليا\n\n"
                + "وقال وزير الخارجية مراد سليم أمس في مؤتمر صحفي إن الهجرة ملف مشترك مع إيطاليا.",
                "PRESS_BRIEFING headline-repeats-body", "PRESS_BRIEFING event-in-clause");
    }
    @Test
    void theOneOccasionItsSentenceNarratesPlacesAStatementOfSomeoneNotSeenAsItsParticipant() {
        check("المشاورات\n"
                + "التقى رئيس الحكومة المكلف سامي نصر أمس كتلة \"الوفاق\" التي تحدث باسمها النائب رامي عيد الذي قال: \"نريد حكومة سريعة\".",
                "TALKS occasion-of-sentence");
        check("المشاورات\n"
                + "التقى رئيس الحكومة المكلف سامي نصر أمس كتلة \"الوفاق\" وسيلتقي غدا كتلة \"النهضة\" التي تحدث باسمها النائب رامي عيد الذي قال: \"نريد حكومة سريعة\".",
                "none general-position");
    }

    @Test
    void aStateSpeaksAtTheBriefingOfTheSpokesmanWhoseTitleNamesItsNationalityInTheNextSentence() {
        check("وطالبت مصر إثيوبيا بوقف ملء السد. وقال المتحدث باسم الخارجية المصرية سامر حداد في الإيجاز الصحفي"
                + " الأسبوعي أمس إن الحل السياسي هو الخيار الوحيد.",
                "PRESS_BRIEFING body-at-spokesmans-briefing", "PRESS_BRIEFING event-in-clause");
        check("وطالبت مصر إثيوبيا بوقف ملء السد. وقال المتحدث باسم الخارجية السودانية سامر حداد في الإيجاز الصحفي"
                + " الأسبوعي أمس إن الحل السياسي هو الخيار الوحيد.",
                "none general-position", "PRESS_BRIEFING event-in-clause");
    }

    @Test
    void whatASpeakerSaidIsNotPlacedAtTheEventHeHoldsLaterOrOnAnotherDay() {
        check("يعقد وزير الخارجية سالم حداد غدا مؤتمرا صحفيا في عمان. وكان حداد قد أكد، أمس، أن الهجوم اعتداء على"
                + " المنطقة. واعتبر حداد أن الرد سيكون حازما.",
                "none general-position", "none general-position");
        check("التقى وزير الخارجية سالم حداد أمس نظيره فادي منصور. وأكد حداد، اليوم، أن التعاون سيتسع.\n"
                + "وقال حداد إن الحدود ستفتح.", "none general-position", "TALKS speaker-last-occasion");
    }

    @Test
    void anOpenerTurningToAnotherMatterCarriesNothingFromBefore() {
        String meeting = "التقى وزير الخارجية سالم حداد أمس نظيره فادي منصور في عمان.\n";
        check(meeting + "إلى ذلك، أكد المتحدث باسم الوزارة نبيل فارس أن الوزير حداد لم يدل بأي تصريحات.",
                "none general-position");
        check(meeting + "وأكد المتحدث باسم الوزارة نبيل فارس أن الوزير حداد لم يدل بأي تصريحات.",
                "TALKS participant-reported");
        check(meeting + "وقال حداد إن التعاون سيتسع.\nومن جهة أخرى، قال حداد إن أسعار الوقود ستنخفض.",
                "TALKS speaker-last-occasion", "none general-position");
    }

    @Test
    void aCorrespondentReportingWhatAParticipantSaidLinksToWhereHeSpoke() {
        check("قالت سلمى حداد، مراسلة القناة، إنه تم عقد مؤتمر صحفي مشترك بين وزير الخارجية المصري نادر فهمي ونظيره"
                + " التركي كمال أوزتورك.\nوأكدت سلمى أن وزير الخارجية المصري قال إن الحصار انتهاك للقانون الدولي.",
                "PRESS_BRIEFING event-in-statement", "PRESS_BRIEFING participant-reported");
    }

    @Test
    void onlyTheEventATopicWordGovernsIsWhatTheStatementIsAbout() {
        check("وأكد الوزير سامر حداد خلال تقديم تقريره حول الاتفاق أمام مجلس النواب أن الحظر سيرفع.",
                "OTHER event-in-clause");
        check("وحول زيارة الوفد قال الوزير سامر حداد إن الزيارة كانت خاصة.", "OTHER topic-of-statement");
    }

    @Test
    void aStatementIsMadeWhereItsContinuationSaysItGoesOn() {
        String meeting = "التقى وزير الخارجية سامر حداد أمس نظيره نبيل فارس في عمان.\n\nوقال حداد إن العالم يحتاج إلى الحوار.\n\n";
        check(meeting + "وأضاف حداد، في مؤتمر صحفي مشترك مع كمال ناصر، أن السلام أقل تكلفة من الحروب.",
                "PRESS_BRIEFING named-by-continuation", "PRESS_BRIEFING event-in-clause");
        check("التقى وزير الخارجية سامر حداد أمس نظيره نبيل فارس في عمان.\n\nوقال حداد إن العالم يحتاج إلى الحوار، مؤكدا"
                + " أن السلام ممكن.\n\nوأضاف حداد، في مؤتمر صحفي مشترك مع كمال ناصر، أن الحروب مكلفة.",
                "PRESS_BRIEFING named-by-continuation", "PRESS_BRIEFING same-speaker-continues",
                "PRESS_BRIEFING event-in-clause"); // past the statements of its own sentence
        check(meeting + "وقال فارس، في مؤتمر صحفي مشترك مع كمال ناصر، إن السلام أقل تكلفة من الحروب.",
                "TALKS speaker-last-occasion", "PRESS_BRIEFING event-in-clause"); // another speaker names it
    }

    @Test
    void aColonIntertitleInsideTheBodyRepeatsABodyStatementAndItsEvent() {
        check("التقى وزير الخارجية سامر حداد أمس نظيره نبيل فارس في عمان.\n\nوزير الخارجية: الحوار أقل تكلفة من الحروب\n\n"
                + "وقال حداد في مؤتمر صحفي مشترك مع فارس إن الحوار أقل تكلفة من الحروب.",
                "PRESS_BRIEFING headline-repeats-body", "PRESS_BRIEFING event-in-clause");
    }

    @Test
    void aSpeakerWhoSaysAlsoGoesOnFromHisStatementBefore() {
        check("وقال وزير الخارجية سالم حداد خلال مؤتمر صحفي أمس إن الحدود مفتوحة.\n"
                + "ورأى الوزير سالم حداد أيضا أن التجارة ستنمو.",
                "PRESS_BRIEFING event-in-clause", "PRESS_BRIEFING same-speaker-continues");
        check("وقال وزير الخارجية سالم حداد خلال مؤتمر صحفي أمس إن الحدود مفتوحة.\n"
                + "ورأى الوزير سالم حداد أن التجارة ستنمو.",
                "PRESS_BRIEFING event-in-clause", "PRESS_BRIEFING speaker-last-occasion");
    }

    @Test
    void anotherMatterOfTheSameSpeakersWordsWasSaidWhereTheOnesBeforeWere() {
        check("وقال وزير الخارجية سالم حداد خلال مؤتمر صحفي أمس إن الحدود مفتوحة.\n"
                + "ومن جهة أخرى، أشار إلى أن التجارة ستنمو.",
                "PRESS_BRIEFING event-in-clause", "PRESS_BRIEFING same-speaker-continues");
        check("وقال وزير الخارجية سالم حداد خلال مؤتمر صحفي أمس إن الحدود مفتوحة.\n"
                + "ومن جهة أخرى، قال وزير المالية فادي منصور إن التجارة ستنمو.",
                "PRESS_BRIEFING event-in-clause", "none general-position");
    }

    @Test
    void anEventAfterItsPeoplesLongNamingsOpensTheStatement() {
        check("أفاد مصدر في وزارة الخارجية، اليوم، بأن وزير الخارجية الأردني فادي منصور ونظيره التونسي علي بن عمر أجريا"
                + " اتصالا هاتفيا وناقشا الأوضاع في المنطقة.", "PHONE_CALL event-in-statement");
        check("أفاد مصدر في وزارة الخارجية، اليوم، بأن الحكومة تدرس منذ أشهر خطة واسعة لتحديث الموانئ وتوسيع"
                + " المطارات قبل اجتماع مع الجانب التونسي.", "none general-position");
    }

    @Test
    void whatAWireLeadsPeopleToldEachOtherIsTheirCallsEvenWhenTheLeadIsTheMinistrysWords() {
        check("بحث وزير الخارجية الأردني فادي منصور في اتصال هاتفي مع نظيره التونسي علي بن عمر، اليوم، الوضع في"
                + " المنطقة، وفق ما ذكرت وزارة الخارجية الأردنية.\n"
                + "وقالت الوزارة إن بن عمر أطلع منصور على رد تونس على الأزمة.",
                "PHONE_CALL event-in-statement", "PHONE_CALL exchange-of-participants");
        check("بحث وزير الخارجية الأردني فادي منصور في اتصال هاتفي مع نظيره التونسي علي بن عمر، اليوم، الوضع في"
                + " المنطقة، وفق ما ذكرت وزارة الخارجية الأردنية.\n"
                + "وقالت الوزارة إن الحكومة التونسية أطلعت السفراء على ردها على الأزمة.",
                "PHONE_CALL event-in-statement", "none general-position");
    }

    @Test
    void aParticipantSpeaksAtTheEventASourceReportedInItsOwnWords() {
        String lead = "أفاد مصدر في وزارة الخارجية، اليوم، بأن وزير الخارجية الأردني فادي منصور ونظيره التونسي علي بن عمر"
                + " أجريا اتصالا هاتفيا.\n";
        check(lead + "وبحسب المصدر، أكد وزير الخارجية الأردني أن الحوار ضروري.",
                "PHONE_CALL event-in-statement", "PHONE_CALL speaker-last-occasion");
        check(lead + "وبحسب المصدر، أكد وزير المالية الأردني سامر خليل أن الموازنة جاهزة.",
                "PHONE_CALL event-in-statement", "none general-position");
    }

    @Test
    void aDelegateToACouncilSpeaksAtItsSession() {
        check("عقد مجلس الأمن أمس جلسة طارئة حول الأوضاع في السودان.\n"
                + "وحذر المندوب الروسي أليكسي فولكوف من تسييس الملف الإنساني.", "COUNCIL_MEETING delegate-at-session");
        // no session in the article: a general position
        check("التقى وزير الخارجية سالم حداد أمس نظيره فادي منصور.\n"
                + "وقال المندوب الروسي أليكسي فولكوف إن بلاده تدعم الحوار.", "none general-position");
        // a delegate who held a press conference of his own speaks there
        check("عقد مجلس الأمن أمس جلسة طارئة حول الأوضاع في السودان.\n"
                + "وعقد مندوب روسيا أليكسي فولكوف اليوم مؤتمرا صحفيا في نيويورك.\n"
                + "وقال مندوب روسيا أليكسي فولكوف إن بلاده تدعم الحوار.", "PRESS_BRIEFING speaker-last-occasion");
    }

    @Test
    void aSpeechOnTheOccasionIsGivenAtTheOccasionNarratedLast() {
        check("أشرف رئيس الجمهورية منصف الورتاني أمس على اجتماع مجلس الأمن القومي.\n"
                + "وأكد رئيس الدولة، في كلمة بالمناسبة، أن أمن البلاد خط أحمر.", "COUNCIL_MEETING time-anaphor");
        check("أشرف رئيس الجمهورية منصف الورتاني أمس على اجتماع مجلس الأمن القومي.\n"
                + "واستقبل الورتاني اليوم رئيسة الحكومة ليلى بن عمر.\n"
                + "وأكد رئيس الدولة، في كلمة بالمناسبة، أن أمن البلاد خط أحمر.", "TALKS time-anaphor");
    }

    @Test
    void theRoundUnderWayIsTheRoundTheArticleNamed() {
        check("استؤنفت أمس في جدة جولة جديدة من المفاوضات بين الوفدين.\n"
                + "وقالت مصادر دبلوماسية إن الجولة الحالية تركز على وقف إطلاق النار.", "TALKS event-in-statement");
        // a round of something else
        check("استؤنفت أمس في جدة جولة جديدة من المفاوضات بين الوفدين.\n"
                + "وقالت مصادر دبلوماسية إن الجولة الحالية من التصعيد تهدد المدنيين.", "none general-position");
    }

    @Test
    void aStatementOpeningWithTheNounOfAnEventReportsOnIt() {
        check("وقال الوزير سالم حداد خلال مؤتمر صحفي إن نتائج قمة الرياض ستترجم إلى خطوات عملية.",
                "SUMMIT event-in-statement");
        // an event named deeper in the words leaves them where the clause says they were said
        check("وقال الوزير سالم حداد خلال مؤتمر صحفي إن الوفد أيد قرارات قمة الرياض.",
                "PRESS_BRIEFING event-in-clause");
    }

    @Test
    void aHeadlineStatementTheBodyDoesNotRepeatSharesTheOccasionOfItsNeighbour() {
        check("حداد يشكر الأردن على موقفه الداعم للسلام ويؤكد أن الحصار سينتهي\n\n"
                + "وثمن الوزير سالم حداد، في مؤتمر صحفي عقده مع نظيره الأردني اليوم، الموقف الأردني.\n"
                + "وشكر حداد الأردن على موقفه الداعم للسلام.",
                "PRESS_BRIEFING headline-repeats-body", "PRESS_BRIEFING same-headline-occasion",
                "PRESS_BRIEFING event-in-clause", "PRESS_BRIEFING speaker-last-occasion");
        // with no occasion for the repeated one, the other keeps none either
        check("حداد يشكر الأردن على موقفه الداعم للسلام ويؤكد أن الحصار سينتهي\n\n"
                + "وشكر الوزير سالم حداد الأردن على موقفه الداعم للسلام.",
                "none general-position", "none general-position", "none general-position");
    }

    @Test
    void aHeadlinesOccasionBetweenItsSubjectAndVerb() {
        check("حداد في مؤتمر صحفي مع نظيره الأردني يؤكد أن الحصار سينتهي\n\nوصل الوزير سالم حداد إلى عمان أمس.",
                "PRESS_BRIEFING event-in-clause");
        // an occasion in the speaker's relative clause is where he was, not where he speaks
        check("وقال الوزير سالم حداد في مؤتمر صحفي إن الحصار سينتهي.\nوأكد الوزير نادر الخطيب الذي شارك في القمة أن الوقت مناسب.",
                "PRESS_BRIEFING event-in-clause", "none general-position");
    }

    @Test
    void wordsNamingTheEventOfTheHeadlineReportOnIt() {
        check("حداد: القمة العربية حققت أهدافها\n\n"
                + "وقال الوزير سالم حداد خلال مؤتمر صحفي إن حضور القادة العرب بهذا العدد للقمة العربية يؤكد وحدة الصف.",
                "SUMMIT event-in-statement", "SUMMIT event-in-statement");
        // with a headline naming no event, the words stay at the press conference
        check("حداد: الصف العربي موحد\n\n"
                + "وقال الوزير سالم حداد خلال مؤتمر صحفي إن حضور القادة العرب بهذا العدد للقمة العربية يؤكد وحدة الصف.",
                "PRESS_BRIEFING headline-speakers-occasion", "PRESS_BRIEFING event-in-clause");
    }

    @Test
    void aLeadsWordsWereSaidAtTheMeetingAStatementOfTheMinistryReportsNext() {
        check("دعا الوزير سالم حداد، الخميس، الأردن إلى تسهيل منح التأشيرات.\n"
                + "وقالت وزارة الخارجية في بيان إن \"الوزير سالم حداد التقى نظيره الأردني نادر الخطيب في عمان\".",
                "TALKS speaker-occasion-ahead", "TALKS event-in-statement");
        // a meeting a statement wishes for places nobody there
        check("دعا الوزير سالم حداد، الخميس، الأردن إلى تسهيل منح التأشيرات.\n"
                + "وقالت وزارة الخارجية في بيان إن \"الوزير سالم حداد سيلتقي نظيره الأردني نادر الخطيب في عمان\".",
                "none general-position", "TALKS event-in-statement");
    }

    @Test
    void aHeadlineTheBodyDoesNotRepeatWasSaidAtItsSpeakersOnlyOccasion() {
        check("نصر: أنا بصحة جيدة\n\nعقدت الوزيرة هدى نصر مؤتمرا صحفيا في عمان أمس، وأكدت أن الحكومة مستمرة.",
                "PRESS_BRIEFING headline-speakers-occasion", "PRESS_BRIEFING speaker-occasion-in-sentence");
        // a speaker the body places nowhere keeps none
        check("نصر: أنا بصحة جيدة\n\nوأكدت الوزيرة هدى نصر أن الحكومة مستمرة.",
                "none general-position", "none general-position");
    }

    @Test
    void aBareConferenceAfterAConferenceNamedSinceTheBriefingIsThatConference() {
        check("وقال الوزير سالم حداد في مؤتمر صحفي عقده على هامش ختام مؤتمر بغداد للتعاون، إن احتضان العراق لهذا المؤتمر دليل على سياسته.",
                "CONFERENCE event-in-statement");
        // with no conference named since, "المؤتمر" is the press conference
        check("عقد الوزير سالم حداد مؤتمرا صحفيا أمس.\nوقال حداد خلال المؤتمر إن الوقت مناسب.", "PRESS_BRIEFING event-in-clause");
    }

    @Test
    void takingPartInAGatheringIsWhatTheStatementIsAboutNotWhereItWasMade() {
        check("في إشارة إلى مشاركة بلاده في قمة الدوحة المرتقبة، أكد وزير الخارجية رامي نصار أن بلاده ستطرح رؤيتها.\n"
                + "جاء ذلك خلال مؤتمر صحفي مشترك مع نظيره الياباني كينجي تاكادا في عمان أمس.",
                "PRESS_BRIEFING occasion-named-after");
        // during one's taking part, the gathering is where the words were said
        check("خلال مشاركته في قمة الدوحة، أكد وزير الخارجية رامي نصار أن بلاده ستطرح رؤيتها.", "SUMMIT event-in-clause");
    }

    @Test
    void aFeelingAdjectiveAboutAMeetingOnlyMentionsIt() {
        check("التقى وزير الخارجية رامي نصار نظيره الياباني كينجي تاكادا يوم الاثنين.\n"
                + "وقال نصار في مؤتمر صحفي اليوم: \"كنا سعداء باللقاء مع الجانب الياباني، وسنواصل التنسيق\".",
                "PRESS_BRIEFING event-in-clause");
        // what the meeting did is reported on
        check("التقى وزير الخارجية رامي نصار نظيره الياباني كينجي تاكادا يوم الاثنين.\n"
                + "وقال نصار في مؤتمر صحفي اليوم إن اللقاء تناول التعاون الاقتصادي.",
                "TALKS event-in-statement");
    }

    @Test
    void whatWeTalkedAboutAtTheBriefingReportsOnTheTalks() {
        check("التقى وزير الخارجية رامي نصار نظيره الياباني كينجي تاكادا أمس.\n"
                + "وقال نصار في مؤتمر صحفي مشترك عقب اللقاء: \"تحدثنا في كل الموضوعات بصراحة\".",
                "TALKS reports-on-event");
        // what he says in the first person singular is said at the briefing
        check("التقى وزير الخارجية رامي نصار نظيره الياباني كينجي تاكادا أمس.\n"
                + "وقال نصار في مؤتمر صحفي مشترك عقب اللقاء: \"تحدثت مع الصحفيين بصراحة\".",
                "PRESS_BRIEFING event-in-clause");
    }

    @Test
    void theSpeakersOwnSpeechOpeningTheSentenceWasGivenAtTheOccasionNarratedBefore() {
        check("عقد الرئيسان مؤتمرا صحفيا مشتركا في قصر الرئاسة أمس، بعد ساعات من وصول الرئيس الضيف في زيارة تستمر يومين.\n"
                + "وفي كلمته، تحدث الرئيس فادي حداد عن الروابط القوية بين البلدين، وأكد دعم بلاده للحوار.",
                "PRESS_BRIEFING speech-at-occasion", "PRESS_BRIEFING speech-at-occasion");
        // a sentence opened by a topic, not by the speaker's own speech, is not placed by what came before
        check("عقد الرئيسان مؤتمرا صحفيا مشتركا في قصر الرئاسة أمس.\n"
                + "وفي الشأن الداخلي، تحدث الرئيس فادي حداد عن الإصلاحات.", "none general-position");
    }

    @Test
    void theOccasionOfWhatTheSentenceBeforeNarratedHasItsPeople() {
        check("اتفق الوزير سالم حداد مع نظيره فادي منصور على مواصلة التنسيق.\nجاء ذلك خلال اتصال هاتفي اليوم.\n"
                + "وأكد حداد أهمية الحوار بين البلدين.", "PHONE_CALL speaker-last-occasion");
        // a call not presented as the occasion of the sentence before names nobody
        check("اتفق الوزير سالم حداد مع نظيره فادي منصور على مواصلة التنسيق.\nوجرى اتصال هاتفي اليوم.\n"
                + "وأكد حداد أهمية الحوار بين البلدين.", "none general-position");
    }

    @Test
    void aDualTitleWithTwoNationalitiesNamesTheTwoHoldersTheArticleNamesLater() {
        check("عقد الرئيسان اللبناني والإيراني مؤتمرا صحفيا مشتركا في قصر الرئاسة أمس.\n"
                + "وقال الرئيس اللبناني ميشال حداد إن العلاقات متينة.\n"
                + "من جهته، أكد الرئيس الإيراني فادي منصور أن بلاده تدعم لبنان.",
                "PRESS_BRIEFING speaker-last-occasion", "PRESS_BRIEFING counterpart-replies");
        // a third president, of a nationality the pair does not name, was not there
        check("عقد الرئيسان اللبناني والإيراني مؤتمرا صحفيا مشتركا في قصر الرئاسة أمس.\n"
                + "وقال الرئيس السوري سامي نعمان إن العلاقات متينة.", "none general-position");
    }

    @Test
    void aDualConstructTitleWithItsOfficeAndTwoNationalitiesNamesTheTwoMinisters() {
        check("وقال وزير الخارجية الأردني سالم حداد إن التعاون مستمر، وأكد نظيره المغربي فادي منصور أن الحوار مفيد.\n"
                + "وعقد وزيرا الخارجية الأردني والمغربي مؤتمرا صحفيا مشتركا عقب مشاوراتهما.",
                "PRESS_BRIEFING speaker-occasion-ahead", "PRESS_BRIEFING speaker-occasion-ahead");
    }

    @Test
    void aLeadClosingTheStatementsSentenceNamesItsOccasionEvenAfterATimePhrase() {
        check("أكد الرئيس سالم حداد وقوف بلاده إلى جانب لبنان، جاء ذلك في ختام جولته، وفي مؤتمر صحفي عقده في بعبدا أمس.",
                "PRESS_BRIEFING event-in-clause");
    }

    @Test
    void anEventStillToComeIsNotCarriedToWordsNoLongerInTheFuture() {
        check("وأعلن الرئيس سالم حداد أن بلاده ستنظم مؤتمرا دوليا لدعم لبنان، مؤكدا أن بيروت قادرة على النهوض.",
                "CONFERENCE event-in-statement", "none general-position");
        check("وأعلن الرئيس سالم حداد أن بلاده ستنظم مؤتمرا دوليا لدعم لبنان، مؤكدا أن الوزراء سيناقشون خطة الإعمار.",
                "CONFERENCE event-in-statement", "CONFERENCE same-speaker-continues");
    }

    @Test
    void aDayInsideAnotherStatementOfTheSentenceKeepsNoSpeakerFromHisOccasion() {
        check("وقال الوزير سالم حداد خلال مؤتمر صحفي مع نظيره فادي منصور اليوم، إن بلاده تتابع التطورات.\n"
                + "وقال الوزير فادي منصور، أن الوضع صعب، متابعا: \"نريد دولة على حدود 4 يونيو\".",
                "PRESS_BRIEFING event-in-clause", "PRESS_BRIEFING speaker-last-occasion",
                "PRESS_BRIEFING same-speaker-continues");
    }
}
