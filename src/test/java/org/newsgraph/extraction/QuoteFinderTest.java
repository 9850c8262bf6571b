package org.newsgraph.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.kinds.QuoteKind;

class QuoteFinderTest {

    private static List<ExtractedQuote> quotes(String body) {
        return Articles.extract(body).quotes();
    }

    @Test
    void indirectQuoteStartsAfterBareComplementizer() {
        ExtractedQuote q = quotes("وقال وزير المالية خالد منصور إن العجز سينخفض هذا العام.").get(0);
        assertEquals("العجز سينخفض هذا العام", q.text().text());
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("قال", q.cue());
    }

    @Test
    void complementizerCarryingPronounIsKept() {
        ExtractedQuote q = quotes("وأكد الوزير كمال يوسف أنه سيزور العاصمة قريبا.").get(0);
        assertEquals("أنه سيزور العاصمة قريبا", q.text().text());
    }

    @Test
    void directQuoteDropsItsMarks() {
        ExtractedQuote q = quotes("وقال المتحدث باسم الحكومة سامي ناصر: «سنواصل العمل من أجل السلام».").get(0);
        assertEquals("سنواصل العمل من أجل السلام", q.text().text());
        assertEquals(QuoteKind.DIRECT, q.kind());
    }

    @Test
    void splitQuoteAroundCueGivesOneDirectQuote() {
        List<ExtractedQuote> qs = quotes("«نحن مستعدون للحوار»، قال الوزير كريم سالم، «لكننا لن نتنازل عن حقوقنا».");
        assertEquals(1, qs.size());
        assertTrue(qs.get(0).text().text().startsWith("نحن مستعدون للحوار"));
        assertTrue(qs.get(0).text().text().endsWith("عن حقوقنا"));
        assertEquals(QuoteKind.DIRECT, qs.get(0).kind());
    }

    @Test
    void quotedFragmentsMakeAMixedQuote() {
        ExtractedQuote q = quotes("وقالت الوزيرة هدى سعيد إن الحكومة ستتخذ «إجراءات حاسمة» ضد الفساد.").get(0);
        assertEquals(QuoteKind.MIXED, q.kind());
        assertEquals("الحكومة ستتخذ «إجراءات حاسمة» ضد الفساد", q.text().text());
    }

    @Test
    void secondCueInSentenceGivesSecondQuote() {
        List<ExtractedQuote> qs = quotes("وأكد الرئيس منير حداد أن الاتفاق مهم للبلدين، مشيرا إلى أن المفاوضات ستستمر.");
        assertEquals(2, qs.size());
        assertEquals("الاتفاق مهم للبلدين", qs.get(0).text().text());
        assertEquals("المفاوضات ستستمر", qs.get(1).text().text());
        assertEquals(qs.get(0).speakerRef(), qs.get(1).speakerRef());
    }

    @Test
    void cueReportedInsideAQuoteDoesNotSplitIt() {
        List<ExtractedQuote> qs = quotes("وقالت المتحدثة ليلى حسن إن الرئيس قال لضيفه إن الباب مفتوح أمام الجميع.");
        assertEquals(1, qs.size());
        assertEquals("الرئيس قال لضيفه إن الباب مفتوح أمام الجميع", qs.get(0).text().text());
    }

    @Test
    void journalistAttributionAfterQuoteIsLeftOut() {
        ExtractedQuote q = quotes("وقال مسؤول مصري إن الاجتماع كان مثمرا، وفقا لوكالة الأنباء الرسمية.").get(0);
        assertEquals("الاجتماع كان مثمرا", q.text().text());
    }

    @Test
    void objectOfDenialIsTheStatement() {
        ExtractedQuote q = quotes("ونفت الحكومة الليبية وجود أي اتصالات سرية مع الجماعة.").get(0);
        assertEquals("وجود أي اتصالات سرية مع الجماعة", q.text().text());
    }

    @Test
    void headlineWithColonIsAQuoteOfItsSpeaker() {
        ExtractedArticle a = Articles.extract("الكرملين: لا خطط لعقد قمة جديدة\nقال الكرملين في بيان إن الموعد لم يتحدد.");
        ExtractedQuote q = a.quotes().get(0);
        assertEquals("لا خطط لعقد قمة جديدة", q.text().text());
        assertEquals("الكرملين", Articles.speaker(a, q).name());
    }

    @Test
    void quotedParagraphContinuesTheLastSpeaker() {
        ExtractedArticle a = Articles.extract("وقال وزير الدفاع نبيل حمدان إن القوات في حالة تأهب.\n"
                + "“سنعمل مع شركائنا على حماية الحدود”.");
        assertEquals(2, a.quotes().size());
        ExtractedQuote second = a.quotes().get(1);
        assertEquals("سنعمل مع شركائنا على حماية الحدود", second.text().text());
        assertEquals(a.quotes().get(0).speakerRef(), second.speakerRef());
    }

    @Test
    void journalistNarrationAndHopesAreNoQuotes() {
        assertTrue(quotes("ويأمل الوزير في التوصل إلى اتفاق قريب. وحشد الجيش قواته على الحدود.").isEmpty());
    }

    @Test
    void quoteTextIsTheBodySubstringAtItsOffsets() {
        ExtractedArticle a = Articles.extract("العنوان الأول للخبر\nوقال الوزير سالم خليل إن «الحوار هو الحل».");
        for (ExtractedQuote q : a.quotes()) {
            assertEquals(a.body().substring(q.text().start(), q.text().end()), q.text().text());
        }
    }

    @Test
    void participleRightAfterACueCarriesTheStatement() {
        List<ExtractedQuote> qs = quotes("وتابع الوزير جمال عيسى قائلا: «لن نقبل بأي تدخل».");
        assertEquals(1, qs.size());
        assertEquals("لن نقبل بأي تدخل", qs.get(0).text().text());
    }

    @Test
    void attributionPhraseAfterACommaEndsTheStatement() {
        ExtractedQuote q = quotes("وقال السفير باسل نور إن العلاقات متينة، على حد تعبيره في المقابلة.").get(0);
        assertEquals("العلاقات متينة", q.text().text());
    }

    @Test
    void accordingToASourceBeforeTheStatement() {
        ExtractedArticle a = Articles.extract("ووفقا لمصادر مطلعة، فإن الوفد سيغادر غدا.");
        ExtractedQuote q = a.quotes().get(0);
        assertEquals("الوفد سيغادر غدا", q.text().text());
        assertEquals("وفقا", q.cue());
        assertEquals(org.newsgraph.kinds.PersonKind.ANONYMOUS, Articles.speaker(a, q).kind());
    }

    @Test
    void statementReadInAReleaseSpeaksForItsAuthor() {
        ExtractedArticle a = Articles.extract("وجاء في بيان للخارجية المصرية أن القاهرة تتابع الوضع باهتمام.");
        ExtractedQuote q = a.quotes().get(0);
        assertEquals("القاهرة تتابع الوضع باهتمام", q.text().text());
        assertEquals(org.newsgraph.kinds.PersonKind.INSTITUTION, Articles.speaker(a, q).kind());
    }

    private static List<String> texts(String body) {
        return quotes(body).stream().map(q -> q.text().text()).toList();
    }

    @Test
    void cuesThatGovernAPrepositionStartTheStatementAfterIt() {
        assertEquals(List.of("معالجة أزمة المياه"), texts("ودعا وزراء من دول الحوض مصر أمس الأحد إلى معالجة أزمة المياه."));
        assertEquals(List.of("أهمية الحوار الوطني"), texts("وشدد رئيس الحكومة فؤاد عاصي خلال المؤتمر على أهمية الحوار الوطني."));
        assertEquals(List.of("ارتياحه للنتائج"), texts("وأعرب الأمين العام للمنظمة، حسن بدر، عن ارتياحه للنتائج."));
        assertTrue(texts("الوزير يكشف ملابسات الزيارة").isEmpty(), "revealing a topic says nothing yet");
    }

    @Test
    void whereAndHowItWasSaidAreNotPartOfTheStatement() {
        assertEquals(List.of("المسؤولية عن الهجوم"), texts("وأعلنت حركة التحرير في بيان أمس المسؤولية عن الهجوم."));
        assertEquals(List.of("أي تسوية مع المتمردين"), texts("لكن الوزير هشام عادل استبعد بشكل قاطع أي تسوية مع المتمردين."));
        assertEquals(List.of("الإنتاج سيرتفع"), texts("وأكد وزير النفط كمال حداد، ووفقا لوكالة الأنباء الرسمية، أن الإنتاج سيرتفع."));
        assertEquals(List.of("الميزانية متوازنة"), texts("وأكد المتحدث باسم الحكومة، رامي سعد، في تصريحات نقلتها صحيفة «الأيام» أن الميزانية متوازنة."));
    }

    @Test
    void aQuotedNameOfAMediumIsNoStatement() {
        assertEquals(List.of("موقف الحكومة لم يتغير"),
                texts("وقال المتحدث سعيد نوري في تصريح لـ«الصباح»، إن «موقف الحكومة لم يتغير»."));
    }

    @Test
    void aQuotationLeftOpenQuotesItsSentenceOnly() {
        List<ExtractedQuote> qs = quotes("وقال الوزير جمال فرح: «الاتفاق لا يتضمن بنودا سرية. كما التقى الوزير نظيره الأردني، "
                + "كما ذكر دبلوماسي عربي أن اللقاء كان وديا.");
        assertEquals("الاتفاق لا يتضمن بنودا سرية", qs.get(0).text().text());
        assertTrue(qs.stream().anyMatch(q -> q.text().text().equals("اللقاء كان وديا")), qs.toString());
    }

    @Test
    void aSpeakerNamedInMarksSpeaksAfterThem() {
        ExtractedArticle a = Articles.extract("وقال وزير الدولة للشؤون الخارجية ناصر البدر إن العلاقات متينة.\n"
                + "ونفى «البدر» أن تكون هناك أزمة.");
        assertEquals("تكون هناك أزمة", a.quotes().get(1).text().text());
        assertEquals(a.quotes().get(0).speakerRef(), a.quotes().get(1).speakerRef());
    }

    @Test
    void aMasculineParticipleNeedsNoComma() {
        assertEquals(List.of("المفاوضات متعثرة", "الحل سياسي"),
                texts("وأكد الوزير فادي حنا أن المفاوضات متعثرة مشيرا إلى أن الحل سياسي."));
    }

    @Test
    void cuesReportedInsideAStatementStayInIt() {
        assertEquals(1, texts("ولفت الوسيط سالم الكعبي إلى أن الطرفين يريدان التهدئة، وقد أعلنوا أنهم يقبلون الهدنة.").size());
        assertEquals(List.of("الخلاف قائم لكن هذا لا ينفي التقارب", "الحوار مستمر"),
                texts("وقال الوزير عمر صبري إن الخلاف قائم لكن هذا لا ينفي التقارب، موضحا أن الحوار مستمر."));
    }

    @Test
    void whatWasNotSaidIsNoStatement() {
        assertTrue(texts("ولم يكشف المتحدث عن سبب التأجيل.").isEmpty());
    }

    @Test
    void theJournalistsConcessionIsNoPartOfADenial() {
        assertEquals(List.of("تكون تدعم المتمردين"),
                texts("من جهتها، تنفي الحكومة الإثيوبية أن تكون تدعم المتمردين على الرغم من أنها سلحتهم في 2019."));
    }
}
