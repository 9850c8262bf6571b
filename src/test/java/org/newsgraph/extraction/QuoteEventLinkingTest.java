package org.newsgraph.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** One linking construction per test: each statement's event kind (or none) and the rule that linked it. */
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
    void aContinuationKeepsTheSpeakersOccasion() {
        check("التقى وزير الصحة فادي نصار أمس نظيره اللبناني جورج حداد.\n"
                + "وقال نصار خلال اللقاء إن التعاون الصحي سيتسع.\n"
                + "وأضاف أن المستشفيات ستتبادل الخبرات.",
                "TALKS event-in-clause", "TALKS same-speaker-continues");
    }

    @Test
    void whatWasAgreedLinksToTheTalksEvenAtTheLaterBriefing() {
        check("بحث وزير النقل كريم سعيد أمس مع نظيره الأردني ماهر علي تطوير الطرق.\n"
                + "وقال سعيد في مؤتمر صحفي مشترك عقب المباحثات إن الجانبين اتفقا على خط بري جديد.\n"
                + "وقال سعيد في المؤتمر إن أسعار الوقود ستبقى ثابتة.",
                "TALKS reports-on-event", "PRESS_BRIEFING event-in-clause");
    }

    @Test
    void aLeadStatementTakesTheOccasionNamedLaterInItsParagraph() {
        check("أكد وزير الزراعة سامي الحداد أن المحصول وفير. وقال الحداد خلال لقائه المزارعين أمس إن الأسعار ستنخفض.",
                "TALKS speaker-occasion-in-paragraph", "TALKS event-in-clause");
    }

    @Test
    void aGeneralPositionHasNoEvent() {
        check("وقال وزير المالية عادل منصور إن التضخم سينخفض العام المقبل.", "none general-position");
    }
}
