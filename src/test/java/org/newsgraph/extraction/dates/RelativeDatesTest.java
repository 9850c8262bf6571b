package org.newsgraph.extraction.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.SentenceSplitter;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokenizer;

/** One date construction per test, on sentences written for it; published on Wednesday 14 June 2023. */
class RelativeDatesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2023, 6, 14);

    /** The first date of the sentence: its first day, and its last day (a range or the bounds of a week or month). */
    private static void check(String text, String first, String last) {
        List<Token> tokens = new Tokenizer().tokenize(text);
        Sentence s = new SentenceSplitter().split(tokens).get(0);
        DateMention d = new DateResolver().find(tokens, s, WEDNESDAY).get(0);
        assertEquals(LocalDate.parse(first), d.start(), text);
        assertEquals(last == null ? null : LocalDate.parse(last), d.end(), text);
    }

    @Test
    void yesterdayAndTheDayBefore() {
        check("استقبل المحافظ الوفد أمس في مكتبه", "2023-06-13", null);
        check("وصل الوفد أول أمس إلى المدينة", "2023-06-12", null);
        check("وصل الوفد أمس الأول إلى المدينة", "2023-06-12", null);
    }

    @Test
    void aCountOfDaysAfterOrBeforeWhatItsClauseDates() {
        check("وصل الوزير إلى عمان بعد يوم من لقائه الرئيس أمس", "2023-06-14", null);
        check("يجتمع الوزراء قبل يومين من القمة المقررة الجمعة المقبل", "2023-06-14", null);
        check("سيستقبل الرئيس الوفد ظهر غد الخميس", "2023-06-15", null);
    }

    @Test
    void aWeekdayAfterASentenceOpeningPresentTenseMeetingVerbIsTheComingOne() {
        check("يعقد الرئيس الخميس مع نظيره جولة مباحثات", "2023-06-15", null);
        check("عقد الرئيس الخميس مع نظيره جولة مباحثات", "2023-06-08", null);
        check("يشارك الوزير في المؤتمر الذي انطلق الاثنين", "2023-06-12", null);
    }

    @Test
    void aWeekdaySetOffByCommasRightAfterAPresentTenseMeetingVerbIsTheComingOne() {
        check("وكان الوفد قد وصل للمشاركة في الاجتماع الذي يعقد، الأحد، بمقر الجامعة", "2023-06-18", null);
        check("وكان الوفد قد وصل للمشاركة في الاجتماع الذي عقد، الأحد، بمقر الجامعة", "2023-06-11", null);
    }

    @Test
    void todayAndTomorrow() {
        check("يفتتح الوزير المعرض اليوم", "2023-06-14", null);
        check("يفتتح الوزير المعرض غدا", "2023-06-15", null);
        check("يفتتح الوزير المعرض بعد غد", "2023-06-16", null);
    }

    @Test
    void aWeekdayIsTheMostRecentOneBeforePublication() {
        check("التقى الوزير السفير يوم الاثنين", "2023-06-12", null);
    }

    @Test
    void aWeekdayWithTheNextWordIsTheComingOne() {
        check("يلتقي الوزير السفير الاثنين المقبل", "2023-06-19", null);
    }

    @Test
    void aDayRangeGivesItsFirstAndLastDay() {
        check("تعقد اللجنة جلساتها يومي 20 و21 يونيو", "2023-06-20", "2023-06-21");
    }

    @Test
    void arabicIndicDigits() {
        check("وقع الاتفاق في ٣ يونيو", "2023-06-03", null);
    }

    @Test
    void levantineMonthName() {
        check("افتتح المعرض في 5 حزيران", "2023-06-05", null);
    }

    @Test
    void lastWeekIsBoundsNotADay() {
        check("زار الوزير المصنع الأسبوع الماضي", "2023-06-01", "2023-06-13");
    }

    @Test
    void thisMonthAndLastMonthAreBounds() {
        check("عقد المجلس دورته الشهر الماضي", "2023-05-01", "2023-05-31");
        check("يعقد المجلس دورته مطلع الشهر المقبل", "2023-07-01", "2023-07-10");
    }

    @Test
    void theDayAfterAnEventDatedInItsClause() {
        check("وصل الوزير إلى عمان غداة لقائه الرئيس أمس", "2023-06-14", null);
        check("أعلن المجلس قراره غداة الاجتماع الذي عقد يوم الأحد", "2023-06-12", null);
        check("عاد الوزير في اليوم التالي لزيارته عمان أمس", "2023-06-14", null);
    }

    @Test
    void theEveOfAScheduledEventDatedInItsClause() {
        check("اجتمع وزراء الخارجية عشية القمة المقررة السبت", "2023-06-16", null);
    }

    @Test
    void theDayAfterARangeFollowsItsLastDayAndTheEveOfOnePrecedesItsFirst() {
        check("عاد الوفد غداة المؤتمر الذي عقد يومي 5 و6 يونيو", "2023-06-07", null);
        check("يصل الوفد عشية الاجتماعات المقررة يومي 20 و21 يونيو", "2023-06-19", null);
    }

    @Test
    void theEveOfAnEventBoundedByAWeekIsBoundedADayEarlier() {
        check("يلتقي الوزراء عشية القمة المقررة الأسبوع المقبل", "2023-06-14", "2023-06-26");
        check("استقال الوزير غداة الاجتماع الذي عقد الشهر الماضي", "2023-05-02", "2023-06-01");
    }

    @Test
    void theDayAfterAnEventTheClauseDoesNotDateIsNoDate() {
        assertEquals(List.of(), dates("وصل الوزير إلى عمان غداة الاجتماع"));
        assertEquals(List.of(), dates("وفي اليوم التالي التقى الوزير السفير"), "the next day is not the publication day");
        // the date past the comma is the meeting's, not the day the earlier one was held
        assertEquals(List.of(LocalDate.of(2023, 6, 13)), dates("غداة الاجتماع، التقى الوزير السفير أمس"));
        assertEquals(List.of(LocalDate.of(2023, 6, 15)), dates("غداة إعلان الحكومة أن الانتخابات ستجرى الخميس"));
    }

    @Test
    void theNextDayWithNothingAfterItFollowsTheDayNamedLast() {
        assertEquals(List.of(LocalDate.of(2023, 6, 12), LocalDate.of(2023, 6, 13)),
                dates("وصل الوزير إلى عمان يوم الإثنين، وفي اليوم التالي التقى الرئيس"));
        assertEquals(List.of(LocalDate.of(2023, 6, 13)), sameDayAfter("وفي اليوم التالي التقى الوزير السفير",
                LocalDate.of(2023, 6, 12)));
    }

    @Test
    void theSameDayIsTheDayNamedLastNotToday() {
        assertEquals(List.of(LocalDate.of(2023, 6, 13), LocalDate.of(2023, 6, 13)),
                dates("التقى الوزير السفير أمس، وفي اليوم ذاته اجتمع برئيس الوزراء"));
        assertEquals(List.of(LocalDate.of(2023, 6, 12)), sameDayAfter("وفي ذات اليوم اجتمع الوزير برئيس الوزراء",
                LocalDate.of(2023, 6, 12)), "the day an earlier sentence named");
        // with no day named before, "the same day" is no day at all, and "اليوم" alone is still today
        assertEquals(List.of(), dates("وفي اليوم نفسه اجتمع الوزير برئيس الوزراء"));
        assertEquals(List.of(WEDNESDAY), dates("واجتمع الوزير اليوم برئيس الوزراء"));
    }

    private static List<LocalDate> sameDayAfter(String text, LocalDate lastDay) {
        List<Token> tokens = new Tokenizer().tokenize(text);
        Sentence s = new SentenceSplitter().split(tokens).get(0);
        return new DateResolver().find(tokens, s, WEDNESDAY, lastDay).stream().map(DateMention::start).toList();
    }

    private static List<LocalDate> dates(String text) {
        List<Token> tokens = new Tokenizer().tokenize(text);
        Sentence s = new SentenceSplitter().split(tokens).get(0);
        return new DateResolver().find(tokens, s, WEDNESDAY).stream().map(DateMention::start).toList();
    }
}
