package org.newsgraph.extraction.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoiseCleanerTest {

    private final NoiseCleaner cleaner = new NoiseCleaner();

    private static final String RAW = String.join("\n",
            "وزيرا خارجية البلدين يبحثان ملف المياه",
            "تابعونا على حسابنا في تطبيق المراسلة",
            "",
            "The ministers shake hands before the meeting in Cairo. Photo: Reuters",
            "عقد وزيرا خارجية البلدين اجتماعا مطولا في القاهرة أمس لبحث ملف المياه المشترك.",
            "خلافات قديمة",
            "وقال وزير الخارجية إن المحادثات كانت صريحة وبناءة في كل الملفات المطروحة.",
            "هل تنجح الوساطة الجديدة في إنهاء الخلاف حول السد",
            "خمسة أسئلة عن مستقبل المياه في المنطقة العربية",
            "وأضاف الوزير أن فريقا فنيا سيجتمع الشهر المقبل لاستكمال النقاش.",
            "وأضاف الوزير أن فريقا فنيا سيجتمع الشهر المقبل لاستكمال النقاش.",
            "",
            "سلمى العلي",
            "اشترك في النشرة البريدية");

    @Test
    void dropsPromptsCaptionsLinksSignatureAndRepeats() {
        String text = cleaner.clean(RAW, null).text();
        assertFalse(text.contains("تابعونا"));
        assertFalse(text.contains("Reuters"));
        assertFalse(text.contains("هل تنجح"));
        assertFalse(text.contains("خمسة أسئلة"));
        assertFalse(text.contains("سلمى العلي"));
        assertFalse(text.contains("النشرة"));
        assertEquals(text.indexOf("وأضاف الوزير"), text.lastIndexOf("وأضاف الوزير"));
    }

    @Test
    void longParagraphsTrailingOffWithoutAPeriodAreProseNotLinks() {
        String quoted = "وتابع الوزير قائلا ''نحن نعتقد بكل صدق أن البلدين يسيران بخطى ثابتة على الطريق الصحيح"
                + " وفي الاتجاه الصحيح نحو تعزيز الأخوة بين الشعبين وتوحيد الكلمة في كل المحافل الإقليمية والدولية"
                + " ومواصلة العمل المشترك..''";
        String raw = String.join("\n", "الوزير يزور تونس", "",
                "وصل الوزير إلى تونس أمس في زيارة رسمية تستمر يومين.", "", quoted, "", quoted.replace("نحن", "إننا"));
        String text = cleaner.clean(raw, null).text();
        assertTrue(text.contains("نحن نعتقد"), text);
        assertTrue(text.contains("إننا نعتقد"), text);
    }

    @Test
    void keepsHeadlineAndIntertitle() {
        CleanedText clean = cleaner.clean(RAW, null);
        assertTrue(clean.text().startsWith("وزيرا خارجية البلدين يبحثان"));
        assertTrue(clean.text().contains("\nخلافات قديمة\n"));
        assertEquals("وزيرا خارجية البلدين يبحثان ملف المياه", clean.headline());
    }

    @Test
    void mapsCleanedOffsetsBackToRawOffsets() {
        CleanedText clean = cleaner.clean(RAW, null);
        int at = clean.text().indexOf("وقال وزير الخارجية");
        assertEquals(RAW.indexOf("وقال وزير الخارجية"), clean.rawOffsets().toRaw(at));
    }

    @Test
    void aShortSentenceNamingItsSourcesIsNoFooter() {
        String text = cleaner.clean("وأشارت المصادر إلى أن الوزير سيصل غدا.\nالمصادر: وكالات", null).text();
        assertTrue(text.contains("وأشارت المصادر"), text);
        assertFalse(text.contains("وكالات"), text);
    }

    @Test
    void aLastLineThatReportsWordsCutOffByThePageIsNoFooter() {
        String text = cleaner.clean(String.join("\n", "عنوان الخبر",
                "وقال وزير الخارجية إن المحادثات كانت صريحة وبناءة في كل الملفات المطروحة.",
                "وتابع أن سياسة بلاده في المنطقة واضحة، ونسعى"), null).text();
        assertTrue(text.contains("سياسة بلاده"));
        // a short last line with no complementizer is still a signature
        String signed = cleaner.clean(String.join("\n", "عنوان الخبر",
                "وقال وزير الخارجية إن المحادثات كانت صريحة وبناءة في كل الملفات المطروحة.",
                "وكتبت من القاهرة سلمى العلي"), null).text();
        assertFalse(signed.contains("سلمى العلي"));
    }

    @Test
    void aBylineAfterThePagesDateIsNoise() {
        String text = cleaner.clean(String.join("\n", "عنوان الخبر", "السبت 31-07-2021 22:51 | كتب: سامر خليل |",
                "وقال وزير الخارجية إن المحادثات كانت صريحة وبناءة في كل الملفات المطروحة."), null).text();
        assertFalse(text.contains("سامر خليل"));
        // a short line where someone writes is the article's
        String wrote = cleaner.clean(String.join("\n", "عنوان الخبر", "كتب الرئيس رسالة إلى نظيره",
                "وقال وزير الخارجية إن المحادثات كانت صريحة وبناءة في كل الملفات المطروحة."), null).text();
        assertTrue(wrote.contains("كتب الرئيس رسالة"));
    }

    @Test
    void aLineMarkingWhoStandsWhereOrClosingWithAPhotoCreditIsACaption() {
        String raw = String.join("\n", "الوزير يزور عمان: الحوار مستمر (فيديو)", "",
                "وزير الخارجية (يمين) أكد أن الأزمة ستنتهي قريبا", "",
                "الوزير خلال لقائه نظيره الأردني (رويترز)", "",
                "وقال الوزير سالم حداد إن الحوار مستمر (كما ذكر أمس) مع الجانب الأردني.");
        String text = cleaner.clean(raw, null).text();
        assertTrue(text.contains("(فيديو)"), "the headline is never a caption");
        assertFalse(text.contains("(يمين)"));
        assertFalse(text.contains("(رويترز)"));
        assertTrue(text.contains("(كما ذكر أمس)"));
    }

    @Test
    void aShortLineStampedWithTheHourIsNoise() {
        String raw = String.join("\n", "الوزير يزور تونس", "", "وكالات الخميس 12-03-2020 14:35",
                "وصل الوزير إلى تونس أمس في زيارة رسمية، وقال في الساعة 10:30 صباحا إن الزيارة تستمر يومين.");
        String text = cleaner.clean(raw, null).text();
        assertFalse(text.contains("وكالات"), text);
        assertTrue(text.contains("10:30"), text); // the hour inside a sentence of the article stays
        String iso = String.join("\n", "الوزير يزور تونس", "", "تاريخ النشر: 2020-03-12 14:35:08 آخر تحديث: 2024-01-02 09:10:11",
                "وصل الوزير إلى تونس أمس في زيارة رسمية تستمر يومين.");
        assertFalse(cleaner.clean(iso, null).text().contains("تاريخ النشر"));
    }

    @Test
    void theHeadlinePrintedAgainWithoutTheSiteNameIsARepeat() {
        String raw = String.join("\n", "الوزير: الزيارة ناجحة | أخبار اليوم", "", "الوزير: الزيارة ناجحة", "",
                "وصل الوزير إلى تونس أمس في زيارة رسمية تستمر يومين.");
        String text = cleaner.clean(raw, null).text();
        assertEquals(text.indexOf("الزيارة ناجحة"), text.lastIndexOf("الزيارة ناجحة"), text);
        // a bar before a long segment is no site's name
        String other = String.join("\n", "الوزير: الزيارة ناجحة | والمحادثات تناولت ملفات المياه والطاقة والحدود", "",
                "الوزير: الزيارة ناجحة", "", "وصل الوزير إلى تونس أمس في زيارة رسمية تستمر يومين.");
        String kept = cleaner.clean(other, null).text();
        assertTrue(kept.indexOf("الزيارة ناجحة") != kept.lastIndexOf("الزيارة ناجحة"), kept);
    }
}
