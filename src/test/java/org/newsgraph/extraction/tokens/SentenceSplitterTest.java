package org.newsgraph.extraction.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        List<Token> tokens = new Tokenizer().tokenize(text);
        return new SentenceSplitter().split(tokens).stream()
                .map(s -> text.substring(tokens.get(s.from()).start(), tokens.get(s.to() - 1).end())).toList();
    }

    @Test
    void splitsAtArabicPunctuationAndParagraphs() {
        assertEquals(List.of("هل انتهت الأزمة", "قال الوزير إنها لم تنته", "عنوان فرعي", "ثم غادر"),
                sentences("هل انتهت الأزمة؟ قال الوزير إنها لم تنته؛\nعنوان فرعي\nثم غادر."));
    }

    @Test
    void aColonClosingAParagraphRunsIntoTheQuotationOpeningTheNext() {
        assertEquals(List.of("وقال الوزير للإعلاميين :\n\n“التعاون مستمر”", "وغادر"),
                sentences("وقال الوزير للإعلاميين :\n\n“التعاون مستمر”.\n\nوغادر."));
        // a colon before a paragraph that opens without a quotation mark is a heading's
        assertEquals(List.of("الملف الاقتصادي", "بحث الجانبان التجارة"),
                sentences("الملف الاقتصادي:\nبحث الجانبان التجارة."));
    }

    @Test
    void theArabicSemicolonSeparatesClausesOfOneSentence() {
        assertEquals(List.of("وكشف المبعوث \"سامي نعمان\"؛ عن خطة جديدة", "وغادر"),
                sentences("وكشف المبعوث \"سامي نعمان\"؛ عن خطة جديدة. وغادر."));
    }

    @Test
    void aPointBeforeARelativePronounIsAScrapedComma() {
        assertEquals(List.of("وقال إن اللقاء. الذي جرى أمس كان مثمرا", "الذي يهمنا هو السلام"),
                sentences("وقال إن اللقاء. الذي جرى أمس كان مثمرا.\nالذي يهمنا هو السلام."));
    }

    @Test
    void neverSplitsInsideQuotationMarks() {
        assertEquals(List.of("قال: «الوضع صعب. لكننا متفائلون»", "وانتهى اللقاء"),
                sentences("قال: «الوضع صعب. لكننا متفائلون». وانتهى اللقاء."));
    }

    @Test
    void aPointInsideAWebAddressEndsNoSentence() {
        assertEquals(List.of("وأفاد مراسل kataeb.org بأن الجلسة أرجئت", "وغادر"),
                sentences("وأفاد مراسل kataeb.org بأن الجلسة أرجئت. وغادر."));
        // a full stop after a Latin word, before the next sentence, still ends it
        assertEquals(List.of("ونشر الخبر موقع kataeb", "وغادر"), sentences("ونشر الخبر موقع kataeb. وغادر."));
    }

    @Test
    void keepsDecimalNumbersWhole() {
        assertEquals(List.of("نما الاقتصاد 3.5 في المئة"), sentences("نما الاقتصاد 3.5 في المئة."));
    }

    @Test
    void anAbbreviatedTitleWithAPointEndsNoSentence() {
        assertEquals(List.of("وقال د. سامي نعمان إن العلاج متوفر"), sentences("وقال د. سامي نعمان إن العلاج متوفر."));
    }

    @Test
    void theEraLetterOfAYearStillEndsItsSentence() {
        assertEquals(List.of("افتتح المصنع عام 2015م", "وقال المدير إنه يعمل"),
                sentences("افتتح المصنع عام 2015م. وقال المدير إنه يعمل."));
    }
}
