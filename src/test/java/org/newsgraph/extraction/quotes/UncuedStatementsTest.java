package org.newsgraph.extraction.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsgraph.extraction.Articles;

/** Statements without a reporting verb of their own, each as "rule: words". */
class UncuedStatementsTest {

    private static void check(String body, String expected) {
        assertEquals(expected, Articles.extract(body).quotes().stream().map(q -> q.rule() + ": " + q.text().text())
                .collect(Collectors.joining(" | ")));
    }

    @Test
    void accordingToBeforeTheStatement() {
        check("وبحسب وزارة الصحة، فإن عدد الإصابات تراجع.", "according-to-lead: عدد الإصابات تراجع");
    }

    @Test
    void accordingToAfterTheStatement() {
        check("وتراجع عدد الإصابات هذا الأسبوع، حسب وزارة الصحة.", "according-to-tail: وتراجع عدد الإصابات هذا الأسبوع");
    }

    @Test
    void quotedParagraphGoesOnWithTheLastSpeaker() {
        check("وقال الوزير سالم حداد: «سنبدأ غدا».\n«ولن نتأخر يوما واحدا».",
                "direct-after-cue: سنبدأ غدا | continuation-quoted: ولن نتأخر يوما واحدا");
    }

    @Test
    void firstPersonParagraphGoesOnWithTheLastSpeaker() {
        check("وقال الوزير سالم حداد إن الخطة جاهزة.\nنحن مستعدون للعمل.",
                "indirect-complementizer: الخطة جاهزة | continuation-first-person: نحن مستعدون للعمل");
    }

    @Test
    void headlineWithColon() {
        check("الوزير سالم حداد: لا ضرائب جديدة\n\nوبدأت الحكومة عملها.", "headline-colon: لا ضرائب جديدة");
    }

    @Test
    void headlineWithAnOccasionBeforeTheSpeakerAndColon() {
        check("خلال لقائه نظيره الأردني، الوزير سالم حداد: لا ضرائب جديدة\n\nوبدأت الحكومة عملها.",
                "headline-colon: لا ضرائب جديدة");
        // a dateline and a comma before the colon are no occasion: no statement
        check("عمان، الأسواق: تراجع الأسعار\n\nوبدأت الحكومة عملها.", "");
    }

    @Test
    void narrationWithoutAnySourceIsNoStatement() {
        check("وتراجع عدد الإصابات هذا الأسبوع.", "");
    }

    @Test
    void aHeadlineSpeakerInMarksBeforeTheColon() {
        check("«حداد»: نأمل أن يشمل الاتفاق كل المنطقة\n\nوصل الوزير سالم حداد إلى عمان.",
                "headline-colon: نأمل أن يشمل الاتفاق كل المنطقة");
        // marks around words before a colon with no name in them are no speaker
        check("«مفاجأة كبرى»: الحكومة تستقيل\n\nوصل الوزير سالم حداد إلى عمان.", "");
    }

    @Test
    void aHeadlineOfTwoSpeakersJoinedByWaGivesTheWordsOnce() {
        check("حداد والخطيب: بحثنا تعزيز العلاقات بين بلدينا\n\nوصل الوزير سالم حداد إلى عمان حيث التقى الوزير نادر الخطيب.",
                "headline-colon: بحثنا تعزيز العلاقات بين بلدينا");
    }

    @Test
    void aHeadlineSpeakerMayStandBeforeAnOccasionAndItsColon() {
        check("حداد بعد لقائه الرئيس: لدينا فرصة مهمة لوقف إطلاق النار\n\nالتقى المبعوث سامي حداد الرئيس فادي منصور أمس.",
                "headline-colon: لدينا فرصة مهمة لوقف إطلاق النار");
        check("المبعوث في ختام زيارته إلى بيروت: سأتوجه إلى العاصمة غدا\n\nاختتم المبعوث سامي حداد زيارته أمس.",
                "headline-colon: سأتوجه إلى العاصمة غدا");
        // an occasion alone before the colon names nobody who speaks
        check("في ختام القمة: ملفات عالقة\n\nاختتمت القمة أعمالها أمس.", "");
    }
}
