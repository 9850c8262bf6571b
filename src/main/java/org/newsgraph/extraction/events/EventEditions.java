package org.newsgraph.extraction.events;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extraction.dates.DateMention;
import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.lexicon.GrammarWords;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.kinds.EventKind;

/**
 * The edition a gathering names, which makes it one real event whatever else outlets say of it: "القمة العربية
 * الـ28"، "القمة العربية الثامنة والعشرين"، "الدورة العادية الثامنة والعشرين للقمة العربية"، "مؤتمر الأطراف السابع
 * والعشرين"، "اجتماع مجلس الجامعة الـ152". Read as its kind, its own name (the definite words after the kind word,
 * without session adjectives: "العربية"، "الأطراف"، "الجامعة العربية") and its ordinal, in figures after the article
 * or alone ("الـ28"، "الـ 28"، "28") or in words (`edition-ordinals.tsv`: units, عشر, tens with و); normalised to a
 * key ("summit|عربيه|28") that every spelling of the edition shares. No edition without a name and an ordinal
 * ("القمة العربية المقبلة"), nor where the ordinal is a day ("القمة العربية في الثامن والعشرين من مارس": a
 * preposition ends the naming, and a date is no ordinal). A summit or conference named in construct after its host
 * city ("مؤتمر بغداد"، "قمة الرياض 2023") is keyed by the city (and year), unnumbered editions having ordinal 0.
 */
final class EventEditions {

    /** Words after the kind word where the name and the ordinal stand: "القمة العربية العادية الثامنة والعشرين". */
    private static final int EDITION_WORDS = 7;
    /** Name words kept: "القمة العربية الأفريقية". */
    private static final int NAME_WORDS = 3;
    /** Editions counted in figures stay below a year ("قمة 2023" is no edition). */
    private static final int MAX_EDITION = 999;

    private EventEditions() {
    }

    /** The edition key of the gathering whose kind word is [from, to) in a sentence ending at {@code end}, or null. */
    static String edition(List<Token> tokens, List<DateMention> dates, EventKind kind, int from, int to, int end) {
        String kindWord = switch (kind) {
            case SUMMIT -> "summit";
            case CONFERENCE -> "conference";
            case COUNCIL_MEETING -> "council";
            default -> null;
        };
        if (kindWord == null) {
            return null;
        }
        int limit = Math.min(end, Math.min(tokens.size(), to + EDITION_WORDS));
        String city = kind == EventKind.COUNCIL_MEETING ? null : namedAfterCity(tokens, from, to, limit);
        if (city != null) {
            return kindWord + "|" + city;
        }
        List<String> name = new ArrayList<>();
        int ordinal = -1;
        int i = to;
        while (i < limit) {
            Token t = tokens.get(i);
            if (t.mark() != 0 && !t.word()) {
                i++; // "القمة «العربية» الـ28"
                continue;
            }
            if (inDate(dates, i)) {
                return null; // "القمة العربية الثامن والعشرين من مارس": a day
            }
            int[] read = ordinalAt(tokens, i, limit);
            if (read != null) {
                ordinal = read[0];
                break;
            }
            if (!t.word()) {
                break;
            }
            if (describes(t)) {
                i++; // "القمة العربية العادية الـ28"، "القمة الثلاثية الثانية"
                continue;
            }
            String word = nameWord(t, name.isEmpty());
            if (word == null || name.size() >= NAME_WORDS) {
                break;
            }
            name.add(word);
            i++;
        }
        if (ordinal < 0 && isLiAttached(tokens.get(from))) {
            ordinal = ordinalBefore(tokens, dates, from); // "الدورة العادية الثلاثين للقمة العربية"
        }
        if (ordinal < 0 || name.isEmpty() || kind == EventKind.COUNCIL_MEETING && !namesBody(tokens, from, i)) {
            return null; // "الجلسة العامة الأولى" of any parliament is no edition of a named council
        }
        return kindWord + "|" + String.join(" ", name) + "|" + ordinal;
    }

    /**
     * "مؤتمر بغداد للتعاون والشراكة"، "قمة جدة"، "مؤتمر بغداد الثاني": a gathering named in construct after the city
     * that hosts it; its name is the city as `places.txt` stores it, its ordinal the one after the city or 0 (unnumbered).
     * Null when the kind word is definite or no place of the lexicon follows it at once.
     */
    private static String namedAfterCity(List<Token> tokens, int from, int to, int limit) {
        if (to >= limit || !tokens.get(to).word() || tokens.get(from).key().startsWith(Affixes.ARTICLE)) {
            return null;
        }
        int words = EventLexicon.placeLength(tokens, to, limit, tokens.get(to).key());
        if (words == 0) {
            return null;
        }
        StringBuilder phrase = new StringBuilder();
        for (int j = to; j < to + words; j++) {
            phrase.append(j > to ? " " : "").append(tokens.get(j).key());
        }
        String city = EventLexicon.PLACES.get(phrase.toString());
        int after = to + words;
        if (after < limit && isYear(tokens.get(after))) {
            return city + " " + tokens.get(after).text() + "|0"; // "قمة الرياض 2023": the year names it too
        }
        int[] ordinal = after < limit ? ordinalAt(tokens, after, limit) : null;
        return city + "|" + (ordinal == null ? 0 : ordinal[0]);
    }

    /**
     * A word of a gathering's own name: a definite word ("العربية"، "الأطراف") that is no relative pronoun, function
     * word, cue or word of time ("المقبلة"), or a body's head in construct ("مجلس وزراء الخارجية"); the first may
     * carry لـ ("لمجلس الجامعة"). Its key without the article, or null.
     */
    private static String nameWord(Token t, boolean first) {
        String k = t.bare();
        if (first && k.startsWith(Affixes.PREPOSITION_LI_ON_ARTICLE)) {
            k = Affixes.articleAfterLi(k);
        }
        if (GrammarWords.RELATIVES.contains(k) || GrammarWords.PREPOSITIONS.contains(k) || NameLexicon.isStop(t)
                || CueLexicon.isComplementizer(t) || CueLexicon.cue(t) != null || EventLexicon.FORWARD.contains(k)
                || EventLexicon.EARLIER.contains(k) || EventLexicon.NEXT.contains(k)) {
            return null;
        }
        if (k.startsWith(Affixes.ARTICLE) && k.length() > Affixes.ARTICLE.length() + 1) {
            return Affixes.withoutArticle(k);
        }
        return EventLexicon.ORGANISATION_WORDS.contains(k) || EventLexicon.GATHERING_HOLDERS.containsKey(k) ? k : null;
    }

    /** A session adjective ("العادية"), or one that counts the parties or calls the gathering joint or regional. */
    private static boolean describes(Token t) {
        String k = t.key();
        return EventLexicon.SESSION_ADJECTIVES.contains(k) || EventLexicon.PARTY_COUNT.contains(k)
                || EventLexicon.JOINT.contains(k) || EventLexicon.MULTILATERAL.contains(k);
    }

    /** A council's session names its body: an organisation word ("مجلس"، "الجامعة"، "لجنة") in the kind word or the name. */
    private static boolean namesBody(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            String stem = EventLexicon.stem(t.key());
            String attached = EventTriggers.withoutAttachedPreposition(t.key());
            if (t.word() && (EventLexicon.ORGANISATION_WORDS.contains(t.key()) || EventLexicon.ORGANISATION_WORDS.contains(stem)
                    || EventLexicon.ORGANISATION_WORDS.contains(Affixes.withoutArticle(stem))
                    || attached != null && EventLexicon.ORGANISATION_WORDS.contains(attached))) {
                return true;
            }
        }
        return false;
    }

    /** "للقمة"، "لمؤتمر": a kind word written onto لـ, the genitive of a session named before it. */
    private static boolean isLiAttached(Token t) {
        String k = t.bare();
        return k.startsWith(Affixes.PREPOSITION_LI) && EventTriggers.withoutAttachedPreposition(k) != null;
    }

    /**
     * The ordinal of a session named right before a gathering's ل-genitive ("الدورة العادية الثلاثين للقمة"،
     * "الدورة الـ30 للقمة"): the ordinal and session adjectives between a word and the kind word; -1 when none.
     */
    private static int ordinalBefore(List<Token> tokens, List<DateMention> dates, int from) {
        int start = from;
        while (start > 0 && start > from - EDITION_WORDS) {
            Token t = tokens.get(start - 1);
            String k = t.key();
            boolean part = EventLexicon.SESSION_ADJECTIVES.contains(k) || EventLexicon.EDITION_ORDINALS.containsKey(k)
                    || EventLexicon.EDITION_TENS.containsKey(k) || k.equals(Affixes.ARTICLE) || figure(t) > 0;
            if (!part || inDate(dates, start - 1)) {
                break;
            }
            start--;
        }
        if (start == from || start == 0 || !tokens.get(start - 1).word()) {
            return -1; // the session's own word stands before its ordinal
        }
        for (int i = start; i < from; i++) {
            int[] read = ordinalAt(tokens, i, from);
            if (read != null) {
                return read[1] == from || onlySessionWords(tokens, read[1], from) ? read[0] : -1;
            }
        }
        return -1;
    }

    private static boolean onlySessionWords(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!EventLexicon.SESSION_ADJECTIVES.contains(tokens.get(i).key())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The ordinal at i and where it ends: "الـ28"، "الـ 28" (the article alone, then figures), "28", "الثامنة
     * والعشرين"، "الحادية عشرة"، "الأربعين"; null when none starts there.
     */
    private static int[] ordinalAt(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        if (t.word() && t.key().equals(Affixes.ARTICLE) && i + 1 < limit && figure(tokens.get(i + 1)) > 0) {
            return new int[] {figure(tokens.get(i + 1)), i + 2};
        }
        if (figure(t) > 0) {
            return new int[] {figure(t), i + 1};
        }
        Integer unit = t.word() ? EventLexicon.EDITION_ORDINALS.get(t.key()) : null;
        if (unit == null) {
            return null;
        }
        if (i + 1 < limit && tokens.get(i + 1).word()) {
            Integer tens = EventLexicon.EDITION_TENS.get(tokens.get(i + 1).key());
            if (tens != null) {
                return new int[] {unit + tens, i + 2};
            }
        }
        return new int[] {unit, i + 1};
    }

    /** A year in figures ("2023"). */
    private static boolean isYear(Token t) {
        return t.isNumber() && t.text().length() == 4;
    }

    /** The value of a number in figures below a year, else 0. */
    private static int figure(Token t) {
        String s = t.text();
        if (!t.isNumber() || s.length() > 3) {
            return 0;
        }
        int v = 0;
        for (int k = 0; k < s.length(); k++) {
            v = v * 10 + Character.digit(s.charAt(k), 10); // "28"، "٢٨"
        }
        return v <= MAX_EDITION ? v : 0;
    }

    private static boolean inDate(List<DateMention> dates, int i) {
        for (DateMention d : dates) {
            if (d.from() <= i && i < d.to()) {
                return true;
            }
        }
        return false;
    }
}
