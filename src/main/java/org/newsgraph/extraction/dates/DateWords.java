package org.newsgraph.extraction.dates;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.text.LexiconFile;

/**
 * The words of dates, read from {@code lexicon/months.txt}, {@code weekdays.txt}, {@code ordinals.txt},
 * {@code relative-dates.txt} and {@code future-markers.txt} (see that folder's README.md).
 */
final class DateWords {

    /** One-word month names of every calendar to their number. */
    static final Map<String, Integer> MONTHS = new HashMap<>();
    /** Two-word month names ("كانون الثاني") to their number. */
    static final Map<String, Integer> MONTH_PAIRS = new HashMap<>();
    /** Month names that are also common words; only accepted right after a day number. */
    static final Set<String> AMBIGUOUS_MONTHS = new HashSet<>();
    static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    /** Ordinal day words to their value ("الخامس" 5) and the tens that follow a unit ("عشر" +10، "والعشرين" +20). */
    static final Map<String, Integer> ORDINALS = new HashMap<>();
    static final Map<String, Integer> TENS = new HashMap<>();
    /** Days relative to publication, one or two words ("أمس" -1، "أول أمس" -2، "غدا" +1). */
    static final Map<String, Integer> RELATIVE_DAYS = new HashMap<>();
    /** Days from the event or date named after the word or words ("غداة" +1، "عشية" -1، "في اليوم التالي" +1). */
    static final Map<String, Integer> ANCHORED_DAYS = new HashMap<>();
    static final Set<String> DAY_WORDS = words("DAY_WORD");
    /** The day last named ("اليوم ذاته"، "ذات اليوم"), two words. */
    static final Set<String> SAME_DAY = words("SAME_DAY");
    static final Set<String> PAST = words("PAST");
    static final Set<String> NEXT = words("NEXT");
    static final Set<String> CURRENT = words("CURRENT");
    /** Parts of a month: its first, middle or last ten days ("مطلع ديسمبر"، "منتصف الشهر"، "أواخر يونيو"). */
    static final Set<String> EARLY_MONTH = words("EARLY");
    static final Set<String> MID_MONTH = words("MID");
    static final Set<String> LATE_MONTH = words("LATE");
    /** Words after which a bare month name is a date: "في ديسمبر"، "مطلع ديسمبر". */
    static final Set<String> MONTH_LEAD = new HashSet<>(words("MONTH_LEAD"));
    /** Words between a weekday and its full date: "الخميس الموافق 5 مارس"، "الخميس الواقع فيه 5/3/2026". */
    static final Set<String> DATE_APPOSITION = words("DATE_APPOSITION");
    /** The month and the week as units of one word ("الشهر الماضي"، "الأسبوع المقبل"). */
    static final Set<String> MONTH_UNIT = new HashSet<>();
    static final Set<String> WEEK_UNIT = new HashSet<>();
    /** The demonstratives before a unit that make it the current one: the first word of "هذا الشهر"، "هذا الأسبوع". */
    static final Set<String> THIS = new HashSet<>();
    /** "شهر" between a day and its month's name ("الـ23 من شهر أغسطس"). */
    static final Set<String> MONTH_WORD = words("MONTH_WORD");
    /** "منذ": the day after it has begun already ("منذ الثلاثاء"), never the next one. */
    static final Set<String> SINCE = words("SINCE");
    static final Set<String> FUTURE_MARKERS = LexiconFile.words("future-markers.txt");

    static {
        for (String unit : words("MONTH_UNIT", "WEEK_UNIT")) {
            String[] w = unit.split(" ");
            if (w.length > 1) {
                THIS.add(w[0]);
            }
        }
        for (String unit : words("MONTH_UNIT")) {
            if (!unit.contains(" ")) {
                MONTH_UNIT.add(unit);
            }
        }
        for (String unit : words("WEEK_UNIT")) {
            if (!unit.contains(" ")) {
                WEEK_UNIT.add(unit);
            }
        }
        MONTH_LEAD.addAll(EARLY_MONTH);
        MONTH_LEAD.addAll(MID_MONTH);
        MONTH_LEAD.addAll(LATE_MONTH);
        for (LexiconFile.Entry e : LexiconFile.entries("months.txt", 3)) {
            int month = number(e, e.column(1));
            (e.key().contains(" ") ? MONTH_PAIRS : MONTHS).put(e.key(), month);
            switch (e.column(2)) {
                case "after-day" -> AMBIGUOUS_MONTHS.add(e.key());
                case "any" -> {
                }
                default -> throw e.error("expected any or after-day, found " + e.column(2));
            }
        }
        for (LexiconFile.Entry e : LexiconFile.entries("weekdays.txt", 2)) {
            try {
                WEEKDAYS.put(e.key(), DayOfWeek.valueOf(e.column(1)));
            } catch (IllegalArgumentException x) {
                throw e.error("unknown weekday " + e.column(1));
            }
        }
        for (LexiconFile.Entry e : LexiconFile.entries("ordinals.txt", 2)) {
            String v = e.column(1);
            (v.startsWith("+") ? TENS : ORDINALS).put(e.key(), number(e, v.startsWith("+") ? v.substring(1) : v));
        }
        for (LexiconFile.Entry e : LexiconFile.entries("relative-dates.txt", 3)) {
            switch (e.column(1)) {
                case "DAY" -> RELATIVE_DAYS.put(e.key(), number(e, e.column(2)));
                case "AFTER", "BEFORE" -> ANCHORED_DAYS.put(e.key(), number(e, e.column(2)));
                default -> {
                }
            }
        }
    }

    /** Every word of the date lexicons, relative and weekday: what a date may go on with after "صباح". */
    static final Set<String> ALL_DATE_WORDS = allDateWords();

    private static Set<String> allDateWords() {
        Set<String> out = new HashSet<>(LexiconFile.keys("relative-dates.txt", 3));
        out.addAll(WEEKDAYS.keySet());
        return Set.copyOf(out);
    }

    /** Words in the longest anchored entry ("في اليوم التالي": 3). */
    static final int ANCHORED_LONGEST = ANCHORED_DAYS.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);

    private DateWords() {
    }

    private static Set<String> words(String... roles) {
        Set<String> out = new HashSet<>();
        for (LexiconFile.Entry e : LexiconFile.entries("relative-dates.txt", 3)) {
            if (List.of(roles).contains(e.column(1))) {
                out.add(e.key());
            }
        }
        return out;
    }

    private static int number(LexiconFile.Entry e, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException x) {
            throw e.error("not a number: " + value);
        }
    }
}
