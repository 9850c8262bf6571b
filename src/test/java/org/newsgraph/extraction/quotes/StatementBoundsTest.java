package org.newsgraph.extraction.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsgraph.extraction.Articles;

/** Where statements start and end: the words of each statement found, " | " between them. */
class StatementBoundsTest {

    private static void check(String body, String expected) {
        assertEquals(expected, Articles.extract(body).quotes().stream().map(q -> q.text().text())
                .collect(Collectors.joining(" | ")));
    }

    @Test
    void bareComplementizerIsLeftOut() {
        check("وقال الوزير سالم حداد إن الموازنة جاهزة.", "الموازنة جاهزة");
    }

    @Test
    void complementizerCarryingThePronounIsKept() {
        check("وقالت الوزيرة هدى نصر إنها ستزور المدينة.", "إنها ستزور المدينة");
    }

    @Test
    void enclosingMarksOfADirectQuoteAreLeftOut() {
        check("وقال الوزير سالم حداد: «سنبدأ غدا».", "سنبدأ غدا");
    }

    @Test
    void attributionAfterACommaIsTheJournalists() {
        check("وقال الوزير سالم حداد إن الموازنة جاهزة، وفقا لوكالة الأنباء.", "الموازنة جاهزة");
    }

    @Test
    void timeConversionInBracketsIsLeftOut() {
        check("وقال الوزير سالم حداد إن الاجتماع يبدأ الساعة العاشرة (07:00 بتوقيت غرينتش).",
                "الاجتماع يبدأ الساعة العاشرة");
    }

    @Test
    void concessionOfTheJournalistEndsTheStatement() {
        check("ونفى الوزير سالم حداد أي خلاف مع الشركاء على الرغم من تأخر الاتفاق.", "أي خلاف مع الشركاء");
    }

    @Test
    void secondCueAfterAConnectorEndsTheFirstStatement() {
        check("وقال الوزير سالم حداد إن العمل مستمر، لكنه حذر من أن الوقت ضيق.", "العمل مستمر | الوقت ضيق");
    }

    @Test
    void unclosedQuotationEndsWithItsSentence() {
        check("وقال الوزير سالم حداد: «سنبدأ غدا. وغادر الوزير القاعة.", "سنبدأ غدا");
    }

    @Test
    void occasionNamedAfterWadhalikEndsTheStatement() {
        check("أكد وزير النقل سالم حداد أن الطريق الجديد سيفتح في الربيع، وذلك خلال مؤتمر صحفي عقده أمس.",
                "الطريق الجديد سيفتح في الربيع");
        check("وقالت الوزيرة لينا عواد إن المدارس ستفتح أبوابها وذلك على هامش منتدى التعليم في تونس.",
                "المدارس ستفتح أبوابها");
        check("ودعا الرئيس كارلوس منديز الدول المجاورة إلى التعاون، وجاء ذلك في كلمته أمام البرلمان.",
                "التعاون");
    }

    @Test
    void wadhalikOfTheSpeakersOwnReasonOrMeansStaysInTheStatement() {
        check("وقال الوزير سالم حداد إن الأسعار ارتفعت، وذلك بسبب الجفاف.", "الأسعار ارتفعت، وذلك بسبب الجفاف");
        check("وأكدت الوزيرة لينا عواد أن العجز سينخفض، وذلك عبر زيادة الصادرات.",
                "العجز سينخفض، وذلك عبر زيادة الصادرات");
    }

    @Test
    void notingThatOpensTheJournalistsBackgroundAfterAComma() {
        check("وأشاد الوزير سالم حداد بمساهمات الشركاء في دعم الاقتصاد، علما أن البلاد استضافت مؤتمرات عدة.",
                "بمساهمات الشركاء في دعم الاقتصاد");
        check("وقال الوزير سالم حداد إن الخطة جاهزة، علماً بأن التنفيذ تأخر عامين.", "الخطة جاهزة");
        // "أحاطه علما" informs: the word is the phrase's noun, no aside
        check("وقال الوزير سالم حداد إنه أحاط نظيره علما بالتطورات.", "إنه أحاط نظيره علما بالتطورات");
    }

    @Test
    void aMasculineAccusativeParticipleStartsNewWordsBeforeAnyNoun() {
        check("وقال الوزير سالم حداد إن الحوار كان شاملا مؤكدا التزام بلاده بأمن المنطقة.",
                "الحوار كان شاملا | التزام بلاده بأمن المنطقة");
        // a feminine participle before a genitive is a noun: "مذكرات التفاهم" reads on
        check("وقال الوزير سالم حداد إن الاتفاقيات ومذكرات التفاهم جاهزة.", "الاتفاقيات ومذكرات التفاهم جاهزة");
    }

    @Test
    void aParticipleAfterANounWithTheAccusativeTanweenIsItsAdjective() {
        check("وقال الوزير سالم حداد إن المؤتمر شهد حضوراً لافتاً من السفراء.", "المؤتمر شهد حضوراً لافتاً من السفراء");
        // with a comma before it, the participle is adverbial
        check("وقال الوزير سالم حداد إن المؤتمر شهد حضوراً، لافتاً إلى أن السفراء شاركوا.",
                "المؤتمر شهد حضوراً | السفراء شاركوا");
    }

    @Test
    void aSpeakersRelativeClauseBeforeTheComplementizerIsNoPartOfTheWords() {
        check("وأكد الوزير نادر الخطيب الذي شارك في القمة أن الوقت مناسب.", "الوقت مناسب");
        // a relative clause inside the words stays in them
        check("وقال الوزير سالم حداد إن الوفد الذي زار عمان عاد أمس.", "الوفد الذي زار عمان عاد أمس");
    }

    @Test
    void theCableOrArticleTheWordsCameInEndsThem() {
        check("وكان الوزير سالم حداد قد أعلن عزمه زيارة الأردن، في برقية بعثها، الشهر الماضي، إلى نظيره الأردني.",
                "عزمه زيارة الأردن");
        check("ودعا الوزير سالم حداد إلى الحوار، في مقال نشرته صحيفة محلية.", "الحوار");
    }
}
