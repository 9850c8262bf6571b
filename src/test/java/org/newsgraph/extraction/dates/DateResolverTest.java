package org.newsgraph.extraction.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.SentenceSplitter;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokenizer;

class DateResolverTest {

    private static final LocalDate FRIDAY = LocalDate.of(2023, 3, 10);

    private static DateMention first(String text, LocalDate published) {
        List<Token> tokens = new Tokenizer().tokenize(text);
        Sentence s = new SentenceSplitter().split(tokens).get(0);
        return new DateResolver().find(tokens, s, published).get(0);
    }

    @Test
    void pastTenseWeekdayIsTheLastOne() {
        assertEquals(LocalDate.of(2023, 3, 8), first("تحدث الوزيران يوم الأربعاء", FRIDAY).start());
    }

    @Test
    void futureTenseWeekdayIsTheComingOne() {
        assertEquals(LocalDate.of(2023, 3, 16), first("وسيتحدث الوزيران يوم الخميس", FRIDAY).start());
    }

    @Test
    void sameWeekdayAsPublicationIsToday() {
        assertEquals(FRIDAY, first("التقى الوفدان الجمعة في العاصمة", FRIDAY).start());
        assertEquals(LocalDate.of(2023, 3, 3), first("التقى الوفدان الجمعة الماضية", FRIDAY).start());
    }

    @Test
    void relativeWordsCountFromPublication() {
        assertEquals(LocalDate.of(2023, 3, 9), first("أعلن الوزير أمس الخميس", FRIDAY).start());
        assertEquals(FRIDAY, first("قال اليوم الجمعة", FRIDAY).start());
    }

    @Test
    void aRelativeWordsWeekdayWinsOverAPageDatedADayLater() {
        // written on Thursday, stamped Friday: "today, Thursday" is Thursday
        assertEquals(LocalDate.of(2023, 3, 9), first("أكد الوزير اليوم الخميس أن العلاقات قوية", FRIDAY).start());
        assertEquals(LocalDate.of(2023, 3, 8), first("أعلن الوزير أمس الأربعاء أن الاتفاق قريب", FRIDAY).start());
        // a page stamped a day early: the weekday still names the day
        assertEquals(LocalDate.of(2023, 3, 11), first("أكد الوزير اليوم السبت أن العلاقات قوية", FRIDAY).start());
        // without a weekday the page's date counts
        assertEquals(FRIDAY, first("أكد الوزير اليوم أن العلاقات قوية", FRIDAY).start());
    }

    @Test
    void levantineAndEgyptianMonthNamesAreOneDate() {
        DateMention d = first("يعقد الاجتماع في 10 يناير/كانون الثاني المقبل", LocalDate.of(2022, 12, 28));
        assertEquals(LocalDate.of(2023, 1, 10), d.start());
        assertEquals(LocalDate.of(2023, 11, 5), first("في الخامس من تشرين الثاني", LocalDate.of(2023, 10, 1)).start());
    }

    @Test
    void yearRollsBackwardsAcrossNewYear() {
        assertEquals(LocalDate.of(2022, 12, 30), first("جرى الاتصال في 30 ديسمبر", LocalDate.of(2023, 1, 2)).start());
    }

    @Test
    void ordinalRangeGivesStartAndEnd() {
        DateMention d = first("تعقد القمة في الثامن والتاسع من مارس", LocalDate.of(2023, 2, 1));
        assertEquals(LocalDate.of(2023, 3, 8), d.start());
        assertEquals(LocalDate.of(2023, 3, 9), d.end());
        assertEquals(LocalDate.of(2023, 3, 21), first("في الحادي والعشرين من مارس", FRIDAY).start());
    }

    @Test
    void digitRangeWithArticleGivesStartAndEnd() {
        DateMention d = first("اجتماع يومي الـ23 والـ24 من شهر أغسطس", LocalDate.of(2015, 8, 7));
        assertEquals(LocalDate.of(2015, 8, 23), d.start());
        assertEquals(LocalDate.of(2015, 8, 24), d.end());
    }

    @Test
    void monthAloneIsNotADayButBoundsTheDays() {
        DateMention d = first("القمة التي عقدت في يونيو (حزيران) الماضي", FRIDAY);
        assertFalse(d.dayPrecise());
        assertEquals(LocalDate.of(2022, 6, 1), d.start());
        assertEquals(LocalDate.of(2022, 6, 30), d.end());
    }

    @Test
    void partOfAMonthIsItsFirstMiddleOrLastTenDays() {
        DateMention early = first("التقى الوزيران مطلع فبراير الماضي", FRIDAY);
        assertEquals(LocalDate.of(2023, 2, 1), early.start());
        assertEquals(LocalDate.of(2023, 2, 10), early.end());
        DateMention middle = first("وصل الوفد في منتصف الشهر الماضي", FRIDAY);
        assertEquals(LocalDate.of(2023, 2, 11), middle.start());
        assertEquals(LocalDate.of(2023, 2, 20), middle.end());
        DateMention late = first("تعقد القمة أواخر الشهر الجاري", FRIDAY);
        assertEquals(LocalDate.of(2023, 3, 21), late.start());
        assertEquals(LocalDate.of(2023, 3, 31), late.end());
        assertFalse(late.dayPrecise());
    }

    @Test
    void todayAndTheDayBeforeYesterday() {
        assertEquals(FRIDAY, first("يلتقي الوزيران اليوم في العاصمة", FRIDAY).start());
        assertEquals(LocalDate.of(2023, 3, 8), first("وكان قد وصل أول أمس", FRIDAY).start());
        assertEquals(LocalDate.of(2023, 3, 12), first("ويصل الوفد بعد غد", FRIDAY).start());
    }

    @Test
    void dayOfTheCurrentOrNextMonth() {
        assertEquals(LocalDate.of(2023, 3, 15), first("يعقد يوم 15 من الشهر الجاري", FRIDAY).start());
        assertEquals(LocalDate.of(2023, 4, 10), first("في العاشر من الشهر المقبل", FRIDAY).start());
    }

    @Test
    void aDayInFiguresAfterItsWeekdayWinsOverTheWeekday() {
        assertEquals(LocalDate.of(2023, 3, 16), first("يعقد المجلس جلسته يوم الخميس الواقع فيه 16/3/2023", FRIDAY).start());
        assertEquals(LocalDate.of(2023, 3, 2), first("عقد المجلس جلسته يوم الخميس الموافق 2023/3/2", FRIDAY).start());
    }

    @Test
    void aPairOfWeekdaysTakesTheDaysWrittenAfterThem() {
        DateMention d = first("دعا رئيس المجلس إلى عقد جلسة عامة يومي الإثنين والثلثاء في 13 و14 آذار الحالي", FRIDAY);
        assertEquals(LocalDate.of(2023, 3, 13), d.start());
        assertEquals(LocalDate.of(2023, 3, 14), d.end());
    }

    @Test
    void figuresWithoutAFourDigitYearAreNoDate() {
        assertEquals(LocalDate.of(2023, 3, 9), first("عقد المجلس جلسته يوم الخميس وقال إن الخدمة متاحة 24/7", FRIDAY).start());
    }
}
