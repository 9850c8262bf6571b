package org.newsgraph.extraction.dates;

import static org.newsgraph.extraction.dates.DateWords.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extraction.document.Annotation;
import org.newsgraph.extraction.document.Document;
import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.lexicon.GrammarWords;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.SentenceSplitter;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokenizer;

/**
 * Finds and resolves date expressions: absolute days and ranges (7 ديسمبر، الخامس من نوفمبر/تشرين الثاني، في الثامن
 * والتاسع من مارس)، weekdays and relative words against the publication date (يوم الخميس، أمس، الأربعاء الماضي)،
 * and months. Tense decides the direction: "سيتحدث الخميس" is the coming Thursday, "تحدث الخميس" the last one.
 */
public final class DateResolver {

    /** How far after "غداة"/"عشية" the date of what they name may be ("غداة لقائه الرئيس الزائر في قصره أمس"). */
    private static final int ANCHOR_REACH = 10;

    /** The date expressions of each sentence (by sentence index); without a publication day only dates written in full. */
    public static final Annotation<List<List<DateMention>>> DATES = Annotation.named("dates by sentence");

    public void annotate(Document doc) {
        List<Token> tokens = doc.get(Tokenizer.TOKENS);
        List<Sentence> sentences = doc.get(SentenceSplitter.SENTENCES);
        List<List<DateMention>> datesBySentence = new ArrayList<>(sentences.size());
        LocalDate lastDay = null; // "وفي اليوم ذاته": the day named last, in an earlier sentence too
        for (Sentence s : sentences) {
            List<DateMention> found = doc.published() == null ? absolute(tokens, s, lastDay)
                    : find(tokens, s, doc.published(), lastDay);
            for (DateMention d : found) {
                lastDay = d.dayPrecise() ? d.start() : lastDay;
            }
            datesBySentence.add(found);
        }
        doc.add(DATES, datesBySentence);
    }

    /** Two publication days far apart: a date read the same against both does not depend on the publication day. */
    private static final LocalDate EARLY = LocalDate.of(1990, 6, 15);
    private static final LocalDate LATE = LocalDate.of(2060, 6, 15);

    /**
     * The dates of a sentence in an article with no publication day: those written in full ("الأحد 16 يوليو 2023"),
     * which read the same whatever day the article appeared; "أمس" or "16 يوليو" alone are left unresolved.
     */
    List<DateMention> absolute(List<Token> tokens, Sentence s, LocalDate lastDay) {
        List<DateMention> late = find(tokens, s, LATE, lastDay);
        List<DateMention> out = new ArrayList<>(find(tokens, s, EARLY, lastDay));
        out.retainAll(late);
        return out;
    }

    /** All date expressions of a sentence, resolved against the publication day. */
    List<DateMention> find(List<Token> tokens, Sentence s, LocalDate published) {
        return find(tokens, s, published, null);
    }

    /** All date expressions of a sentence; "اليوم ذاته" is {@code lastDay}, or the day last named in the sentence. */
    List<DateMention> find(List<Token> tokens, Sentence s, LocalDate published, LocalDate lastDay) {
        List<DateMention> out = new ArrayList<>();
        if (published == null) {
            return out;
        }
        int i = s.from();
        while (i < s.to()) {
            if (sameDayAt(tokens, i, s.to())) {
                LocalDate same = dayNamedLast(out, lastDay);
                if (same != null) {
                    out.add(day(i, i + 2, same));
                }
                i += 2; // with no day named before, "في اليوم ذاته" is no day, not today
                continue;
            }
            int anchoredWords = anchoredWords(tokens, i, s.to());
            DateMention m = anchoredWords > 0 ? anchored(tokens, s, i, anchoredWords, published) : dateAt(tokens, s, i, published);
            String anchoredKey = anchoredWords >= 2 ? anchoredKey(tokens, i, anchoredWords) : null;
            if (m == null && anchoredKey != null && namesTheDay(anchoredKey)) {
                // "وفي اليوم التالي التقى": a day noun with no event or date after it follows the day last named
                LocalDate before = dayNamedLast(out, lastDay);
                m = before == null ? null : day(i, i + anchoredWords, before.plusDays(ANCHORED_DAYS.get(anchoredKey)));
            }
            if (m != null) {
                out.add(m);
                i = m.to();
            } else {
                i += Math.max(1, anchoredWords); // "غداة" with nothing dated after it, "في اليوم التالي" before any day: no day, not today
            }
        }
        return out;
    }

    /** The last day-precise date of the sentence so far, else {@code lastDay} (named in an earlier sentence), or null. */
    private static LocalDate dayNamedLast(List<DateMention> found, LocalDate lastDay) {
        LocalDate day = lastDay;
        for (DateMention d : found) {
            day = d.dayPrecise() ? d.start() : day;
        }
        return day;
    }

    /** "منذ 7 أكتوبر": the start of a period up to now, never the day of an event named before it. */
    public static boolean sinceDate(List<Token> tokens, DateMention d) {
        return afterSince(tokens, d.from());
    }

    private static boolean afterSince(List<Token> tokens, int at) {
        return at > 0 && tokens.get(at - 1).word() && DateWords.SINCE.contains(tokens.get(at - 1).key());
    }

    /** The date expression starting at token i, or null. */
    private DateMention dateAt(List<Token> tokens, Sentence s, int i, LocalDate published) {
        DateMention m = at(tokens, i, s.to(), published, false);
        if (m != null && !(i > s.from() && afterSince(tokens, i)) && (isFuture(tokens, clauseBefore(tokens, s, i)) || weekdayOfScheduledVerb(tokens, s, i))) {
            m = at(tokens, i, s.to(), published, true); // tense is only worth reading where there is a date
        }
        return m;
    }

    /**
     * "غداة X" and "عشية X" ({@code words} words at token i): the day after or before X, an event or a date whose day
     * the same clause gives ("غداة لقائه الرئيس أمس"، "عشية القمة المقررة الخميس"، "غداة الاجتماع الذي عقد يوم الأحد").
     * The mention covers the word alone, so X's own date still dates X; an X known only by its bounds ("الشهر الماضي")
     * shifts them. Null when the clause gives X no date: the event stays undated, with the bounds its tense gives it.
     */
    private DateMention anchored(List<Token> tokens, Sentence s, int i, int words, LocalDate published) {
        int offset = ANCHORED_DAYS.get(anchoredKey(tokens, i, words));
        int from = i + words;
        for (int j = from; j < Math.min(s.to(), from + ANCHOR_REACH); j++) {
            Token t = tokens.get(j);
            if (t.isComma() || CueLexicon.isComplementizer(t)) {
                return null; // a date past a comma or "أن" is another clause's
            }
            DateMention x = dateAt(tokens, s, j, published);
            if (x == null) {
                continue;
            }
            if (!x.dayPrecise()) {
                return new DateMention(i, from, x.start().plusDays(offset), x.end().plusDays(offset), false);
            }
            // the day after a range is after its last day, the eve of one before its first
            LocalDate day = offset > 0 && x.end() != null ? x.end() : x.start();
            return day(i, from, day.plusDays(offset));
        }
        return null;
    }

    /** "في اليوم التالي": the definite day noun (`relative-dates.txt` DAY_WORD), not "بعد يومين", follows the day named last. */
    private static boolean namesTheDay(String phrase) {
        for (String w : phrase.split(" ")) {
            if (w.startsWith(Affixes.ARTICLE) && DateWords.DAY_WORDS.contains(Affixes.withoutArticle(w))) {
                return true;
            }
        }
        return false;
    }

    /** "اليوم ذاته"، "ذات اليوم" (`relative-dates.txt` SAME_DAY) at token i. */
    private static boolean sameDayAt(List<Token> tokens, int i, int limit) {
        return i + 1 < limit && tokens.get(i).word() && tokens.get(i + 1).word()
                && DateWords.SAME_DAY.contains(tokens.get(i).bare() + " " + tokens.get(i + 1).key());
    }

    /** How many words of an anchored word ("غداة"، "في اليوم التالي") start at token i, the longest; 0 for none. */
    private static int anchoredWords(List<Token> tokens, int i, int limit) {
        for (int words = Math.min(ANCHORED_LONGEST, limit - i); words > 0; words--) {
            if (ANCHORED_DAYS.containsKey(anchoredKey(tokens, i, words))) {
                return words;
            }
        }
        return 0;
    }

    private static String anchoredKey(List<Token> tokens, int i, int words) {
        StringBuilder key = new StringBuilder();
        for (int k = i; k < i + words; k++) {
            if (!tokens.get(k).word()) {
                return "";
            }
            key.append(k == i ? tokens.get(k).bare() : " " + tokens.get(k).key());
        }
        return key.toString();
    }

    /**
     * The clause a date at token i belongs to: from the last comma or complementizer before it, to just after it;
     * a complementizer keeps the two words governing it ("من المقرر أن يجري ... الخميس" is scheduled).
     */
    private static Sentence clauseBefore(List<Token> tokens, Sentence s, int i) {
        int from = i;
        if (from > s.from() + 1 && tokens.get(from - 1).isComma()) {
            from--; // "إن المحادثات ستستأنف، الخميس": a day set off by a comma is the clause before it's
        }
        while (from > s.from() && !tokens.get(from - 1).isComma() && !CueLexicon.isComplementizer(tokens.get(from - 1))) {
            from--;
        }
        if (from > s.from() && CueLexicon.isComplementizer(tokens.get(from - 1))) {
            from = Math.max(s.from(), from - 3);
        }
        return new Sentence(s.index(), from, Math.min(s.to(), i + 3), s.paragraph());
    }

    /**
     * "يعقد الرئيس الخميس مع نظيره ... جولة مباحثات"، "ويصل الوزير الأحد إلى عمان": a bare weekday in a clause opened by
     * a present-tense verb of meeting or travel (`participant-verbs.txt` SCHEDULED) is the next such day; news narrates
     * a past meeting in the perfect ("عقد"، "وصل").
     */
    private static boolean weekdayOfScheduledVerb(List<Token> tokens, Sentence s, int i) {
        int at = DAY_WORDS.contains(tokens.get(i).bare()) && i + 1 < s.to() ? i + 1 : i;
        if (!WEEKDAYS.containsKey(tokens.get(at).bare())) {
            return false;
        }
        int from = i;
        while (from > s.from() && !tokens.get(from - 1).isComma() && !CueLexicon.isComplementizer(tokens.get(from - 1))) {
            from--;
        }
        while (from < i && !tokens.get(from).word()) {
            from++;
        }
        if (from == i && i - 2 >= s.from() && tokens.get(i - 1).isComma()
                && EventLexicon.SCHEDULED_VERBS.contains(tokens.get(i - 2).bare())) {
            return true; // "في الاجتماع الذي يعقد، الأحد، بمقر الجامعة": the weekday set off by commas after its verb
        }
        for (int j = from; j < i; j++) {
            if (GrammarWords.RELATIVES.contains(tokens.get(j).key())) {
                return false; // "يشارك الوزير في المؤتمر الذي انطلق الأحد": the relative clause has its own tense
            }
        }
        if (from < i && EventLexicon.SCHEDULED_VERBS.contains(tokens.get(from).bare())) {
            return true;
        }
        // "يعقد الرئيس المصري، عبد الفتاح السيسي، الخميس مع نظيره": the subject between commas
        int first = s.from();
        while (first < i && !tokens.get(first).word()) {
            first++;
        }
        for (int j = first; j < i; j++) {
            if (tokens.get(j).word() && (CueLexicon.isComplementizer(tokens.get(j)) || CueLexicon.cue(tokens.get(j)) != null
                    || GrammarWords.RELATIVES.contains(tokens.get(j).key()))) {
                return false;
            }
        }
        return first < i && i - first <= SUBJECT_WORDS && EventLexicon.SCHEDULED_VERBS.contains(tokens.get(first).bare());
    }

    /** Words a sentence-opening verb may stand before its weekday, its subject and titles between. */
    private static final int SUBJECT_WORDS = 10;

    /** True when the sentence speaks of something scheduled (سيتحدث، من المقرر، المقبل). */
    /** "صباح"، "مساء"، "يوم": a word that opens a time of day, a date word after it ("صباح الخميس"). */
    public static boolean isTimeOfDayWord(String key) {
        return DateWords.DAY_WORDS.contains(key);
    }

    /** A word of the date lexicons, relative or weekday ("اليوم"، "الخميس"، "الماضي"). */
    public static boolean isDateWord(String key) {
        return DateWords.ALL_DATE_WORDS.contains(key);
    }

    /** Whether a word opens a mention of a day: "اليوم"، "أمس"، "يوم"، a weekday. */
    public static boolean opensDay(Token t) {
        return namesWeekday(t) || (t.word() && (DateWords.RELATIVE_DAYS.containsKey(t.key()) || DateWords.DAY_WORDS.contains(t.key())));
    }

    /** Whether a word names a day of the week ("الإثنين"، "يوم الأحد" has one), with or without its article. */
    public static boolean namesWeekday(Token t) {
        return t.word() && (DateWords.WEEKDAYS.containsKey(t.key()) || DateWords.WEEKDAYS.containsKey(t.bare()));
    }

    public static boolean isFuture(List<Token> tokens, Sentence s) {
        for (int i = s.from(); i < s.to(); i++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                continue;
            }
            String k = t.bare();
            if (FUTURE_MARKERS.contains(k)
                    || (k.length() >= 5 && k.charAt(0) == Affixes.FUTURE_SIN && isPresentVerbAfterSin(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPresentVerbAfterSin(String k) {
        String verb = k.substring(1);
        if (EventLexicon.SCHEDULED_VERBS.contains(verb)) {
            return true;
        }
        // "سيناقشون"، "سيجتمعون": the plural of a listed verb
        return verb.endsWith(Affixes.IMPERFECT_PLURAL)
                && EventLexicon.SCHEDULED_VERBS.contains(verb.substring(0, verb.length() - Affixes.IMPERFECT_PLURAL.length()));
    }

    private DateMention at(List<Token> tokens, int i, int limit, LocalDate pub, boolean future) {
        Token t = tokens.get(i);
        if (!t.word()) {
            return null;
        }
        String k = t.bare();
        String two = i + 1 < limit && tokens.get(i + 1).word() ? k + " " + tokens.get(i + 1).key() : null;
        Integer offset = two == null ? null : RELATIVE_DAYS.get(two); // "أول أمس"، "بعد غد"
        int end = offset != null ? i + 2 : i + 1;
        if (offset == null) {
            offset = RELATIVE_DAYS.get(k);
        }
        if (offset != null) {
            LocalDate date = pub.plusDays(offset);
            if (end < limit && WEEKDAYS.containsKey(tokens.get(end).key())) {
                // "أمس الخميس"، "اليوم الاثنين": the weekday is the text's own word for the day; where the page's date
                // disagrees (a report written on Thursday and stamped Friday), the nearest such weekday is the day
                date = nearest(date, WEEKDAYS.get(tokens.get(end).key()));
                end++;
            }
            return offset == 0 ? withAbsolute(tokens, i, end, limit, pub, future, date) : day(i, end, date);
        }
        if (DAY_WORDS.contains(k) && i + 1 < limit && WEEKDAYS.containsKey(tokens.get(i + 1).key())) {
            return weekday(tokens, i, i + 1, limit, pub, future);
        }
        if (WEEKDAYS.containsKey(k)) {
            return weekday(tokens, i, i, limit, pub, future);
        }
        if (MONTH_UNIT.contains(k) || THIS.contains(k)) {
            DateMention month = monthRelative(tokens, i, limit, pub);
            return month != null ? month : weekRelative(tokens, i, limit, pub);
        }
        if (WEEK_UNIT.contains(k)) {
            return weekRelative(tokens, i, limit, pub);
        }
        DateMention abs = AbsoluteDates.absolute(tokens, i, limit, pub, future);
        if (abs != null) {
            return abs;
        }
        String month = MONTHS.containsKey(t.key()) ? t.key() : k; // "فبراير" is no و/ف-prefixed word
        Integer m = MONTHS.get(month);
        if (m != null && !AMBIGUOUS_MONTHS.contains(month)) {
            boolean lead = i > 0 && tokens.get(i - 1).word() && MONTH_LEAD.contains(tokens.get(i - 1).bare());
            int to = AbsoluteDates.skipAlternativeMonth(tokens, i + 1, limit);
            boolean qualified = to < limit && (PAST.contains(tokens.get(to).key()) || NEXT.contains(tokens.get(to).key())
                    || CURRENT.contains(tokens.get(to).key()));
            if (lead || qualified) {
                int year = AbsoluteDates.yearAt(tokens, to, limit);
                boolean forward = future || (qualified && NEXT.contains(tokens.get(to).key()));
                LocalDate first = year > 0 ? LocalDate.of(year, m, 1) : monthOf(pub, m, forward);
                return partOfMonth(tokens, i, qualified ? to + 1 : year > 0 ? to + 1 : to, first);
            }
        }
        return null;
    }

    /** The day of that weekday nearest to the given one (at most three days away). */
    private static LocalDate nearest(LocalDate day, DayOfWeek weekday) {
        int ahead = Math.floorMod(weekday.getValue() - day.getDayOfWeek().getValue(), 7);
        return ahead <= 3 ? day.plusDays(ahead) : day.minusDays(7 - ahead);
    }

    private DateMention weekday(List<Token> tokens, int from, int at, int limit, LocalDate pub, boolean future) {
        DayOfWeek d = WEEKDAYS.get(tokens.get(at).bare());
        int to = at + 1;
        LocalDate date;
        if (to < limit && PAST.contains(tokens.get(to).key())) {
            date = pub.minusDays(1).with(TemporalAdjusters.previousOrSame(d));
            to++;
        } else if (to < limit && NEXT.contains(tokens.get(to).key())) {
            date = pub.plusDays(1).with(TemporalAdjusters.nextOrSame(d));
            to++;
        } else {
            date = future ? pub.with(TemporalAdjusters.nextOrSame(d)) : pub.with(TemporalAdjusters.previousOrSame(d));
        }
        return withAbsolute(tokens, from, to, limit, pub, future, date);
    }

    /** A word between a weekday and its full date: "الموافق"، "في"، the second weekday of a pair ("والثلاثاء"). */
    private static boolean linksToDate(Token t) {
        String k = t.key();
        return DATE_APPOSITION.contains(k) || k.startsWith(Affixes.CONJUNCTION_WA) && WEEKDAYS.containsKey(k.substring(1));
    }

    /** A weekday is often followed by the full date ("الخميس 30 ديسمبر"), which then wins. */
    private DateMention withAbsolute(List<Token> tokens, int from, int to, int limit, LocalDate pub, boolean future,
            LocalDate date) {
        int next = to < limit && (tokens.get(to).isPunct('(') || tokens.get(to).isComma()) ? to + 1 : to;
        for (int words = 0; words < 3 && next < limit && linksToDate(tokens.get(next)); words++) {
            next++; // "الخميس الواقع فيه 5/3/2026"، "يومي الاثنين والثلاثاء في 24 و25 أيلول"
        }
        DateMention abs = next < limit ? AbsoluteDates.absolute(tokens, next, limit, pub, future) : null;
        if (abs != null) {
            int end = abs.to() < limit && tokens.get(abs.to()).isPunct(')') ? abs.to() + 1 : abs.to();
            return new DateMention(from, end, abs.start(), abs.end(), true);
        }
        return day(from, to, date);
    }

    /**
     * "الأسبوع الماضي"، "هذا الأسبوع"، "منتصف الأسبوع الحالي"، "الأسبوع المقبل": bounds, not a day. Weeks start on
     * different days from one country to the next, so the bounds take in the days either way.
     */
    private static DateMention weekRelative(List<Token> tokens, int i, int limit, LocalDate pub) {
        int at = THIS.contains(tokens.get(i).bare()) ? i + 1 : i;
        if (at >= limit || !WEEK_UNIT.contains(tokens.get(at).bare())) {
            return null;
        }
        String q = at + 1 < limit ? tokens.get(at + 1).key() : "";
        int from = i > 0 && tokens.get(i - 1).word() && MID_MONTH.contains(tokens.get(i - 1).bare()) ? i - 1 : i;
        if (PAST.contains(q)) {
            return new DateMention(from, at + 2, pub.minusDays(13), pub.minusDays(1), false);
        }
        if (NEXT.contains(q)) {
            return new DateMention(from, at + 2, pub.plusDays(1), pub.plusDays(13), false);
        }
        if (CURRENT.contains(q) || at > i) {
            return new DateMention(from, CURRENT.contains(q) ? at + 2 : at + 1, pub.minusDays(6), pub.plusDays(6), false);
        }
        return null;
    }

    private DateMention monthRelative(List<Token> tokens, int i, int limit, LocalDate pub) {
        Token t = tokens.get(i);
        if (THIS.contains(t.bare()) && i + 1 < limit && MONTH_UNIT.contains(tokens.get(i + 1).key())) {
            return partOfMonth(tokens, i, i + 2, pub.withDayOfMonth(1));
        }
        if (MONTH_UNIT.contains(t.bare()) && i + 1 < limit) {
            String q = tokens.get(i + 1).key();
            if (CURRENT.contains(q)) {
                return partOfMonth(tokens, i, i + 2, pub.withDayOfMonth(1));
            }
            if (NEXT.contains(q)) {
                return partOfMonth(tokens, i, i + 2, pub.plusMonths(1).withDayOfMonth(1));
            }
            if (PAST.contains(q)) {
                return partOfMonth(tokens, i, i + 2, pub.minusMonths(1).withDayOfMonth(1));
            }
        }
        return null;
    }

    /**
     * A month named without a day, [from, to) from its first day: the whole month, or the ten days that a word
     * just before it names ("مطلع ديسمبر" is the 1st to the 10th, "أواخر الشهر الجاري" from the 21st), which the
     * mention then starts with.
     */
    private static DateMention partOfMonth(List<Token> tokens, int from, int to, LocalDate first) {
        LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
        Token before = from > 0 ? tokens.get(from - 1) : null;
        if (before == null || !before.word() || before.paragraph() != tokens.get(from).paragraph()) {
            return new DateMention(from, to, first, last, false);
        }
        String k = before.bare();
        if (EARLY_MONTH.contains(k)) {
            return new DateMention(from - 1, to, first, first.withDayOfMonth(10), false);
        }
        if (MID_MONTH.contains(k)) {
            return new DateMention(from - 1, to, first.withDayOfMonth(11), first.withDayOfMonth(20), false);
        }
        if (LATE_MONTH.contains(k)) {
            return new DateMention(from - 1, to, first.withDayOfMonth(21), last, false);
        }
        return new DateMention(from, to, first, last, false);
    }









    /** A month named alone: the last such month for past events, the next one for scheduled ones. */
    private static LocalDate monthOf(LocalDate pub, int month, boolean forward) {
        int year = pub.getYear();
        if (forward && month < pub.getMonthValue()) {
            year++;
        } else if (!forward && month > pub.getMonthValue()) {
            year--;
        }
        return LocalDate.of(year, month, 1);
    }

    private static DateMention day(int from, int to, LocalDate d) {
        return new DateMention(from, to, d, null, true);
    }

}
