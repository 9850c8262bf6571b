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
    void theNextContinuationIsSaidAtTheBriefingNotAtWhatWasReported() {
        check("أجرى الرئيس سالم حداد أمس اتصالا هاتفيا مع نظيره التونسي علي بن عمر.\n"
                + "وقال المتحدث باسم الرئاسة نادر فهمي إن حداد أبلغ بن عمر دعم بلاده.\n"
                + "وأضاف فهمي في مؤتمر صحفي أن فرض رسوم جديدة سيكون خطأ.\n"
                + "وتابع أن الحدود ستفتح الأسبوع المقبل.",
                "PHONE_CALL reports-on-event", "PHONE_CALL goes-on-about-reported",
                "PRESS_BRIEFING same-speaker-continues");
    }

    @Test
    void whatWasAgreedLinksToTheTalksEvenAtTheLaterBriefing() {
        check("بحث وزير النقل كريم سعيد أمس مع نظيره الأردني ماهر علي تطوير الطرق.\n"
                + "وقال سعيد في مؤتمر صحفي مشترك عقب المباحثات إن الجانبين اتفقا على خط بري جديد.\n"
                + "وقال سعيد في المؤتمر إن أسعار الوقود ستبقى ثابتة.",
                "TALKS reports-on-event", "PRESS_BRIEFING event-in-clause");
    }

    @Test
    void theCounterpartSpeaksWhereTheStatementBeforeWasMade() {
        check("أجرى وزير الخارجية الأردني سامر الخطيب أمس مباحثات مع نظيره العراقي حيدر الساعدي.\n"
                + "وقال الخطيب في مؤتمر صحفي مشترك إن الجانبين اتفقا على تسريع مشروع الأنبوب.\n"
                + "من جهته، قال الساعدي إن العراق يريد رفع التبادل التجاري.",
                "TALKS reports-on-event", "PRESS_BRIEFING counterpart-replies");
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
    void theSpeakerStaysWhereHisLatestStatementWasMade() {
        check("استقبل رئيس الوزراء سمير خليل أمس وزير الخارجية البريطاني جون هيل.\n"
                + "وقال هيل في مؤتمر صحفي عقب اللقاء إن لندن تدعم الإصلاحات.\n"
                + "وبشأن الانتخابات، أعرب هيل عن أمله في إجرائها بموعدها.",
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
                "none general-position", "none general-position");
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
}
