package org.newsgraph.extraction.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extraction.document.Annotation;
import org.newsgraph.extraction.document.Document;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.lexicon.Lexicons;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.SentenceSplitter;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokenizer;
import org.newsgraph.text.ArabicNormalizer;

/**
 * Finds and resolves date expressions: absolute days and ranges (7 ديسمبر، الخامس من نوفمبر/تشرين الثاني، في الثامن
 * والتاسع من مارس)، weekdays and relative words against the publication date (يوم الخميس، أمس، الأربعاء الماضي)،
 * and months. Tense decides the direction: "سيتحدث الخميس" is the coming Thursday, "تحدث الخميس" the last one.
 */
public final class DateResolver {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> LEVANTINE_PAIRS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Map<String, Integer> ORDINALS = new HashMap<>();
    /** Month names that are also common words; only accepted right after a day number. */
    private static final Set<String> AMBIGUOUS_MONTHS = Lexicons.words("آب ماي أيار جوان");
    private static final Set<String> DAY_WORDS = Lexicons.words("يوم يومي ليلة صباح مساء ظهر فجر عصر");
    private static final Set<String> PAST = Lexicons.words("الماضي الماضية المنصرم المنصرمة");
    private static final Set<String> NEXT = Lexicons.words("المقبل المقبلة القادم القادمة");
    private static final Set<String> CURRENT = Lexicons.words("الحالي الجاري");
    private static final Set<String> MONTH_LEAD = Lexicons.words(
            "في شهر مطلع منتصف أواخر أوائل نهاية بداية خلال أواسط");
    /** Parts of a month: its first, middle or last ten days ("مطلع ديسمبر"، "منتصف الشهر"، "أواخر يونيو"). */
    private static final Set<String> EARLY_MONTH = Lexicons.words("مطلع أوائل بداية بدايات أول");
    private static final Set<String> MID_MONTH = Lexicons.words("منتصف أواسط");
    private static final Set<String> LATE_MONTH = Lexicons.words("أواخر نهاية آخر");
    private static final Set<String> FUTURE_MARKERS = Lexicons.words(
            "المقرر المقبل المقبلة القادم القادمة سوف المرتقب المرتقبة يعتزم تعتزم المنتظر المزمع");

    static {
        month(1, "يناير جانفي");
        month(2, "فبراير شباط فيفري");
        month(3, "مارس آذار");
        month(4, "أبريل ابريل إبريل نيسان أفريل");
        month(5, "مايو أيار ماي");
        month(6, "يونيو يونيه حزيران جوان");
        month(7, "يوليو يوليه تموز جويلية");
        month(8, "أغسطس اغسطس آب أوت");
        month(9, "سبتمبر أيلول");
        month(10, "أكتوبر اكتوبر");
        month(11, "نوفمبر");
        month(12, "ديسمبر");
        LEVANTINE_PAIRS.put("تشرين الاول", 10);
        LEVANTINE_PAIRS.put("تشرين الثاني", 11);
        LEVANTINE_PAIRS.put("كانون الاول", 12);
        LEVANTINE_PAIRS.put("كانون الثاني", 1);
        weekday(DayOfWeek.MONDAY, "الاثنين الإثنين اثنين");
        weekday(DayOfWeek.TUESDAY, "الثلاثاء");
        weekday(DayOfWeek.WEDNESDAY, "الأربعاء الاربعاء");
        weekday(DayOfWeek.THURSDAY, "الخميس");
        weekday(DayOfWeek.FRIDAY, "الجمعة");
        weekday(DayOfWeek.SATURDAY, "السبت");
        weekday(DayOfWeek.SUNDAY, "الأحد");
        String[] units = {"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"};
        for (int u = 0; u < units.length; u++) {
            ORDINALS.put(ArabicNormalizer.matchKey(units[u]), u + 1);
        }
        ORDINALS.put(ArabicNormalizer.matchKey("الحادي"), 1);
        ORDINALS.put(ArabicNormalizer.matchKey("العاشر"), 10);
        ORDINALS.put(ArabicNormalizer.matchKey("العشرين"), 20);
        ORDINALS.put(ArabicNormalizer.matchKey("الثلاثين"), 30);
    }

    private static void month(int m, String names) {
        for (String n : names.split(" ")) {
            MONTHS.put(ArabicNormalizer.matchKey(n), m);
        }
    }

    private static void weekday(DayOfWeek d, String names) {
        for (String n : names.split(" ")) {
            WEEKDAYS.put(ArabicNormalizer.matchKey(n), d);
        }
    }

    /** The date expressions of each sentence (by sentence index), none without a publication day. */
    public static final Annotation<List<List<DateMention>>> DATES = Annotation.named("dates by sentence");

    public void annotate(Document doc) {
        List<Token> tokens = doc.get(Tokenizer.TOKENS);
        List<Sentence> sentences = doc.get(SentenceSplitter.SENTENCES);
        List<List<DateMention>> datesBySentence = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            datesBySentence.add(doc.published() == null ? List.of() : find(tokens, s, doc.published()));
        }
        doc.add(DATES, datesBySentence);
    }

    /** All date expressions of a sentence, resolved against the publication day. */
    List<DateMention> find(List<Token> tokens, Sentence s, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        if (published == null) {
            return out;
        }
        int i = s.from();
        while (i < s.to()) {
            DateMention m = at(tokens, i, s.to(), published, false);
            if (m != null && isFuture(tokens, clauseBefore(tokens, s, i))) {
                m = at(tokens, i, s.to(), published, true); // tense is only worth reading where there is a date
            }
            if (m != null) {
                out.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The clause a date at token i belongs to: from the last comma or complementizer before it, to just after it;
     * a complementizer keeps the two words governing it ("من المقرر أن يجري ... الخميس" is scheduled).
     */
    private static Sentence clauseBefore(List<Token> tokens, Sentence s, int i) {
        int from = i;
        while (from > s.from() && !tokens.get(from - 1).isComma() && !CueLexicon.isComplementizer(tokens.get(from - 1))) {
            from--;
        }
        if (from > s.from() && CueLexicon.isComplementizer(tokens.get(from - 1))) {
            from = Math.max(s.from(), from - 3);
        }
        return new Sentence(s.index(), from, Math.min(s.to(), i + 3), s.paragraph());
    }

    /** True when the sentence speaks of something scheduled (سيتحدث، من المقرر، المقبل). */
    public static boolean isFuture(List<Token> tokens, Sentence s) {
        for (int i = s.from(); i < s.to(); i++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                continue;
            }
            String k = t.bare();
            if (FUTURE_MARKERS.contains(k) || (k.length() >= 5 && k.charAt(0) == 'س' && isPresentVerbAfterSin(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPresentVerbAfterSin(String k) {
        return EventLexicon.SCHEDULED_VERBS.contains(k.substring(1));
    }

    private DateMention at(List<Token> tokens, int i, int limit, LocalDate pub, boolean future) {
        Token t = tokens.get(i);
        if (!t.word()) {
            return null;
        }
        String k = t.bare();
        if (k.equals("امس")) {
            int to = i + 1;
            int back = 1;
            if (to < limit && tokens.get(to).is("الاول")) {
                back = 2;
                to++;
            }
            if (to < limit && WEEKDAYS.containsKey(tokens.get(to).key())) {
                to++;
            }
            return day(i, to, pub.minusDays(back));
        }
        if (k.equals("اول") && i + 1 < limit && tokens.get(i + 1).is("امس")) {
            return day(i, i + 2, pub.minusDays(2)); // أول أمس
        }
        if (k.equals("غدا")) {
            return day(i, i + 1, pub.plusDays(1));
        }
        if (k.equals("بعد") && i + 1 < limit && tokens.get(i + 1).is("غد")) {
            return day(i, i + 2, pub.plusDays(2));
        }
        if (k.equals("اليوم") || k.equals("الليله")) {
            int to = i + 1;
            if (to < limit && WEEKDAYS.containsKey(tokens.get(to).key())) {
                to++;
            }
            return withAbsolute(tokens, i, to, limit, pub, future, pub); // "اليوم"، "اليوم الاثنين"
        }
        if (DAY_WORDS.contains(k) && i + 1 < limit && WEEKDAYS.containsKey(tokens.get(i + 1).key())) {
            return weekday(tokens, i, i + 1, limit, pub, future);
        }
        if (WEEKDAYS.containsKey(k)) {
            return weekday(tokens, i, i, limit, pub, future);
        }
        if (k.equals("الشهر") || k.equals("هذا")) {
            DateMention month = monthRelative(tokens, i, limit, pub);
            return month != null ? month : weekRelative(tokens, i, limit, pub);
        }
        if (k.equals("الاسبوع")) {
            return weekRelative(tokens, i, limit, pub);
        }
        DateMention abs = absolute(tokens, i, limit, pub, future);
        if (abs != null) {
            return abs;
        }
        String month = MONTHS.containsKey(t.key()) ? t.key() : k; // "فبراير" is no و/ف-prefixed word
        Integer m = MONTHS.get(month);
        if (m != null && !AMBIGUOUS_MONTHS.contains(month)) {
            boolean lead = i > 0 && tokens.get(i - 1).word() && MONTH_LEAD.contains(tokens.get(i - 1).bare());
            int to = skipAlternativeMonth(tokens, i + 1, limit);
            boolean qualified = to < limit && (PAST.contains(tokens.get(to).key()) || NEXT.contains(tokens.get(to).key())
                    || CURRENT.contains(tokens.get(to).key()));
            if (lead || qualified) {
                int year = yearAt(tokens, to, limit);
                boolean forward = future || (qualified && NEXT.contains(tokens.get(to).key()));
                LocalDate first = year > 0 ? LocalDate.of(year, m, 1) : monthOf(pub, m, forward);
                return partOfMonth(tokens, i, qualified ? to + 1 : year > 0 ? to + 1 : to, first);
            }
        }
        return null;
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

    /** A weekday is often followed by the full date ("الخميس 30 ديسمبر"), which then wins. */
    private DateMention withAbsolute(List<Token> tokens, int from, int to, int limit, LocalDate pub, boolean future,
            LocalDate date) {
        int next = to < limit && (tokens.get(to).isPunct('(') || tokens.get(to).isComma()) ? to + 1 : to;
        DateMention abs = next < limit ? absolute(tokens, next, limit, pub, future) : null;
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
        int at = tokens.get(i).bare().equals("هذا") ? i + 1 : i;
        if (at >= limit || !tokens.get(at).bare().equals("الاسبوع")) {
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
        if (t.bare().equals("هذا") && i + 1 < limit && tokens.get(i + 1).is("الشهر")) {
            return partOfMonth(tokens, i, i + 2, pub.withDayOfMonth(1));
        }
        if (t.bare().equals("الشهر") && i + 1 < limit) {
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

    /** "30 ديسمبر"، "الـ23 والـ24 من شهر أغسطس"، "الخامس من نوفمبر/ تشرين الثاني 2021". */
    private DateMention absolute(List<Token> tokens, int i, int limit, LocalDate pub, boolean future) {
        int j = i;
        if (tokens.get(j).is("ال") && j + 1 < limit) {
            j++;
        }
        int[] first = dayNumber(tokens, j, limit);
        if (first == null) {
            return null;
        }
        boolean ordinal = !isDigits(tokens.get(j).key());
        j = first[1];
        int lastDay = first[0];
        if (j + 1 < limit && (tokens.get(j).is("و") || tokens.get(j).is("وال"))) {
            int[] second = dayNumber(tokens, j + 1, limit);
            if (second != null && second[0] > first[0]) {
                lastDay = second[0];
                j = second[1];
            }
        } else if (j < limit && tokens.get(j).word() && tokens.get(j).key().startsWith("و")
                && ORDINALS.containsKey(tokens.get(j).key().substring(1))) {
            int[] second = dayNumber(tokens, j, limit, true);
            if (second != null && second[0] > first[0]) {
                lastDay = second[0];
                j = second[1];
            }
        }
        boolean of = j < limit && tokens.get(j).is("من");
        if (of) {
            j++;
        } else if (ordinal) {
            return null; // ordinals are dates only as "الخامس من ..."
        }
        if (j < limit && tokens.get(j).is("شهر")) {
            j++;
        }
        int[] month = monthAt(tokens, j, limit);
        if (month == null) {
            return dayOfRelativeMonth(tokens, i, j, limit, pub, first[0], lastDay);
        }
        j = skipAlternativeMonth(tokens, month[1], limit);
        int year = yearAt(tokens, j, limit);
        if (year > 0) {
            j++;
        }
        try {
            LocalDate start = year > 0 ? LocalDate.of(year, month[0], first[0]) : closest(pub, month[0], first[0], future);
            LocalDate end = lastDay > first[0] ? start.withDayOfMonth(lastDay) : null;
            return new DateMention(i, j, start, end, true);
        } catch (java.time.DateTimeException e) {
            return null; // "31 فبراير"
        }
    }

    /** "يوم 15 من الشهر الجاري"، "في العاشر من الشهر المقبل". */
    private static DateMention dayOfRelativeMonth(List<Token> tokens, int from, int j, int limit, LocalDate pub, int day,
            int lastDay) {
        if (j + 1 >= limit || !tokens.get(j).is("الشهر")) {
            return null;
        }
        String q = tokens.get(j + 1).key();
        LocalDate month = CURRENT.contains(q) ? pub : NEXT.contains(q) ? pub.plusMonths(1)
                : PAST.contains(q) ? pub.minusMonths(1) : null;
        if (month == null || day > month.lengthOfMonth() || lastDay > month.lengthOfMonth()) {
            return null;
        }
        LocalDate start = month.withDayOfMonth(day);
        return new DateMention(from, j + 2, start, lastDay > day ? month.withDayOfMonth(lastDay) : null, true);
    }

    private int[] dayNumber(List<Token> tokens, int j, int limit) {
        return dayNumber(tokens, j, limit, false);
    }

    /** {day, next token} for a day written in digits or ordinal words; null if none. */
    private int[] dayNumber(List<Token> tokens, int j, int limit, boolean conjoined) {
        Token t = tokens.get(j);
        if (!t.word()) {
            return null;
        }
        if (isDigits(t.key()) && t.key().length() <= 2) {
            int d = Integer.parseInt(t.key());
            return d >= 1 && d <= 31 ? new int[] {d, j + 1} : null;
        }
        String k = conjoined ? t.key().substring(1) : t.key();
        Integer unit = ORDINALS.get(k);
        if (unit == null) {
            return null;
        }
        int next = j + 1;
        int value = unit;
        if (unit < 10 && next < limit) {
            String n = tokens.get(next).key();
            if (n.equals("عشر")) {
                value += 10;
                next++;
            } else if (n.equals("والعشرين")) {
                value += 20;
                next++;
            } else if (n.equals("والثلاثين")) {
                value += 30;
                next++;
            }
        }
        return value <= 31 ? new int[] {value, next} : null;
    }

    /** {month, next token} for a month name, single or Levantine two-word; null if none. */
    private int[] monthAt(List<Token> tokens, int j, int limit) {
        if (j >= limit || !tokens.get(j).word()) {
            return null;
        }
        String k = tokens.get(j).key();
        if (j + 1 < limit && tokens.get(j + 1).word()) {
            Integer lev = LEVANTINE_PAIRS.get(k + " " + tokens.get(j + 1).key());
            if (lev != null) {
                return new int[] {lev, j + 2};
            }
        }
        Integer m = MONTHS.get(k);
        return m == null ? null : new int[] {m, j + 1};
    }

    /** Skips the other calendar's name: "يناير/كانون الثاني" or "ديسمبر (كانون الأول)". */
    private int skipAlternativeMonth(List<Token> tokens, int j, int limit) {
        if (j < limit && (tokens.get(j).isPunct('/') || tokens.get(j).isPunct('('))) {
            int[] alt = monthAt(tokens, j + 1, limit);
            if (alt != null) {
                int next = alt[1];
                return next < limit && tokens.get(next).isPunct(')') ? next + 1 : next;
            }
        }
        return j;
    }

    private static int yearAt(List<Token> tokens, int j, int limit) {
        if (j < limit && isDigits(tokens.get(j).key()) && tokens.get(j).key().length() == 4) {
            int y = Integer.parseInt(tokens.get(j).key());
            return y >= 1900 && y <= 2100 ? y : 0;
        }
        return 0;
    }

    /** The year that puts day/month nearest the publication date, or on/after it for scheduled events. */
    private static LocalDate closest(LocalDate pub, int month, int day, boolean future) {
        LocalDate best = null;
        for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
            if (day > java.time.YearMonth.of(y, month).lengthOfMonth()) {
                continue;
            }
            LocalDate c = LocalDate.of(y, month, day);
            if (future && c.isBefore(pub.minusDays(1))) {
                continue;
            }
            if (best == null || Math.abs(c.toEpochDay() - pub.toEpochDay()) < Math.abs(best.toEpochDay() - pub.toEpochDay())) {
                best = c;
            }
        }
        return best != null ? best : LocalDate.of(pub.getYear(), month, Math.min(day, 28));
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

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
