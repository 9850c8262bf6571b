package org.newsgraph.extraction.dates;

import static org.newsgraph.extraction.dates.DateWords.*;

import java.time.LocalDate;
import java.util.List;

import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.tokens.Token;

/**
 * Days written out: "30 ديسمبر"، "الخامس من نوفمبر/ تشرين الثاني 2021"، "الـ23 والـ24 من شهر أغسطس" (a range)،
 * "يوم 15 من الشهر الجاري"، with Arabic-Indic or Latin digits and either calendar's month names.
 */
final class AbsoluteDates {

    private AbsoluteDates() {
    }

    /** "30 ديسمبر"، "الـ23 والـ24 من شهر أغسطس"، "الخامس من نوفمبر/ تشرين الثاني 2021". */
    static DateMention absolute(List<Token> tokens, int i, int limit, LocalDate pub, boolean future) {
        int j = i;
        if (tokens.get(j).is(Affixes.ARTICLE) && j + 1 < limit) { // "الـ23"
            j++;
        }
        DateMention numeric = numeric(tokens, j, limit);
        if (numeric != null) {
            return numeric;
        }
        int[] first = dayNumber(tokens, j, limit);
        if (first == null) {
            return null;
        }
        boolean ordinal = !isDigits(tokens.get(j).key());
        j = first[1];
        int lastDay = first[0];
        if (j + 1 < limit && (tokens.get(j).is(Affixes.CONJUNCTION_WA) || tokens.get(j).is(Affixes.CONJUNCTION_WA_ARTICLE))) {
            int[] second = dayNumber(tokens, j + 1, limit);
            if (second != null && second[0] > first[0]) {
                lastDay = second[0];
                j = second[1];
            }
        } else if (j < limit && tokens.get(j).word() && tokens.get(j).key().startsWith(Affixes.CONJUNCTION_WA)
                && ORDINALS.containsKey(tokens.get(j).key().substring(1))) {
            int[] second = dayNumber(tokens, j, limit, true);
            if (second != null && second[0] > first[0]) {
                lastDay = second[0];
                j = second[1];
            }
        }
        boolean of = j < limit && EventLexicon.OF.contains(tokens.get(j).key());
        if (of) {
            j++;
        } else if (ordinal) {
            return null; // ordinals are dates only as "الخامس من ..."
        }
        if (j < limit && MONTH_WORD.contains(tokens.get(j).key())) {
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

    /**
     * "الخميس الواقع فيه 5/3/2026"، "بتاريخ 2026/3/5": a day written in figures, day first as Arab outlets write it
     * (or year first); only with a four-digit year, so that "24/7" is no date. One token or figures and slashes.
     */
    static DateMention numeric(List<Token> tokens, int i, int limit) {
        StringBuilder text = new StringBuilder();
        int j = i;
        for (; j < Math.min(limit, i + 5); j++) {
            Token t = tokens.get(j);
            boolean part = t.word() ? isDigits(t.key().replaceAll("[/.-]", "")) : t.text().matches("[/.-]");
            if (!part || t.text().contains(" ")) {
                break;
            }
            text.append(t.word() ? t.key() : t.text());
        }
        java.util.regex.Matcher m = NUMERIC_DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        boolean yearFirst = m.group(1).length() == 4;
        int year = Integer.parseInt(yearFirst ? m.group(1) : m.group(3));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(yearFirst ? m.group(3) : m.group(1));
        if (year < 1900 || year > 2100 || (yearFirst && m.group(3).length() > 2) || (!yearFirst && m.group(3).length() != 4)) {
            return null;
        }
        try {
            return new DateMention(i, j, LocalDate.of(year, month, day), null, true);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static final java.util.regex.Pattern NUMERIC_DATE =
            java.util.regex.Pattern.compile("(\\d{1,4})[/.-](\\d{1,2})[/.-](\\d{1,4})");

    /** "يوم 15 من الشهر الجاري"، "في العاشر من الشهر المقبل". */
    static DateMention dayOfRelativeMonth(List<Token> tokens, int from, int j, int limit, LocalDate pub, int day,
            int lastDay) {
        if (j + 1 >= limit || !MONTH_UNIT.contains(tokens.get(j).key())) {
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

    static int[] dayNumber(List<Token> tokens, int j, int limit) {
        return dayNumber(tokens, j, limit, false);
    }

    /** {day, next token} for a day written in digits or ordinal words; null if none. */
    static int[] dayNumber(List<Token> tokens, int j, int limit, boolean conjoined) {
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
            Integer tens = TENS.get(n);
            if (tens != null) {
                value += tens; // "الخامس عشر"، "الثالث والعشرين"
                next++;
            }
        }
        return value <= 31 ? new int[] {value, next} : null;
    }

    /** {month, next token} for a month name, single or Levantine two-word; null if none. */
    static int[] monthAt(List<Token> tokens, int j, int limit) {
        if (j >= limit || !tokens.get(j).word()) {
            return null;
        }
        String k = tokens.get(j).key();
        if (j + 1 < limit && tokens.get(j + 1).word()) {
            Integer lev = MONTH_PAIRS.get(k + " " + tokens.get(j + 1).key());
            if (lev != null) {
                return new int[] {lev, j + 2};
            }
        }
        Integer m = MONTHS.get(k);
        return m == null ? null : new int[] {m, j + 1};
    }

    /** Skips the other calendar's name: "يناير/كانون الثاني" or "ديسمبر (كانون الأول)". */
    static int skipAlternativeMonth(List<Token> tokens, int j, int limit) {
        if (j < limit && (tokens.get(j).isPunct('/') || tokens.get(j).isPunct('('))) {
            int[] alt = monthAt(tokens, j + 1, limit);
            if (alt != null) {
                int next = alt[1];
                return next < limit && tokens.get(next).isPunct(')') ? next + 1 : next;
            }
        }
        return j;
    }

    static int yearAt(List<Token> tokens, int j, int limit) {
        if (j < limit && isDigits(tokens.get(j).key()) && tokens.get(j).key().length() == 4) {
            int y = Integer.parseInt(tokens.get(j).key());
            return y >= 1900 && y <= 2100 ? y : 0;
        }
        return 0;
    }

    /** The year that puts day/month nearest the publication date, or on/after it for scheduled events. */
    static LocalDate closest(LocalDate pub, int month, int day, boolean future) {
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

    static boolean isDigits(String s) {
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
