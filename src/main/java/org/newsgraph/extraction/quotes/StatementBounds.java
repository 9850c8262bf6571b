package org.newsgraph.extraction.quotes;

import java.util.List;
import java.util.Set;

import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.lexicon.GrammarWords;
import org.newsgraph.extraction.lexicon.Stems;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokens;
import org.newsgraph.text.LexiconFile;

/**
 * Where a statement starts and ends: after a bare complementizer, inside enclosing quotation marks, and before the
 * journalist's additions (attributions, time-zone conversions, punctuation).
 */
public final class StatementBounds {

    /** After a comma, the journalist takes over: "، حسبما أفاد"، "، في حين ..."، "، على حد تعبيره". */
    private static final Set<String> NARRATION_OPENERS = LexiconFile.withFlag("function-words.tsv", "narration-opener");
    private static final WordPairs NARRATION_OPENING_PHRASES = new WordPairs(NARRATION_OPENERS);
    private static final Set<String> SPELLED_OUT_ATTRIBUTION = LexiconFile.withFlag("function-words.tsv", "time-zone");
    /** "بالتوقيت المحلي": a word starting with one of these is a spelled-out time conversion too. */
    private static final Stems TIME_ZONE_STEMS = new Stems(LexiconFile.withFlag("function-words.tsv", "time-zone-stem"));
    /** "وكان"، "وكانت" after an object: the journalist's next clause. */
    private static final Set<String> WAS = LexiconFile.withFlag("function-words.tsv", "was");
    /** "رغم"، "على الرغم": the journalist's concession, not the speaker's words. */
    private static final Set<String> CONCESSIONS = LexiconFile.withFlag("function-words.tsv", "concession");
    private static final WordPairs CONCESSION_PHRASES = new WordPairs(CONCESSIONS);
    /** Nouns of what a statement was made in ("بيان"، "تصريحات"، "بلاغ"). */
    static final Set<String> VEHICLES = LexiconFile.withFlag("function-words.tsv", "vehicle");
    /** "وذلك"، "جاء ذلك": the journalist names the occasion of the words before, when an opener follows at once. */
    /** The longest phrase of the lead and opener lists, in words. */
    private static final int PHRASE_WORDS = 3;

    private StatementBounds() {
    }

    static boolean indirect(List<Token> tokens, Sentence s, int comp, QuoteDraft d, String rule) {
        Token c = tokens.get(comp);
        int start = CueLexicon.carriesPronoun(c) ? comp : comp + 1;
        if (start < s.to() && tokens.get(start).mark() > 0 && direct(tokens, s, start, d)) {
            return true; // إن "..." with nothing but a journalist's addition after it
        }
        return span(tokens, s, start, d, rule, d.confidence);
    }


    static boolean direct(List<Token> tokens, Sentence s, int open, QuoteDraft d) {
        int close = Tokens.closing(tokens, open, s.to());
        if (close < 0 && tokens.get(open).paragraph() == tokens.get(s.to() - 1).paragraph() && unclosed(tokens, open)) {
            d.from = open + 1; // a quotation whose closing mark the scrape lost runs to the end of its sentence
            d.to = trimEnd(tokens, open + 1, s.to());
            d.direct = true;
            d.rule = "direct-unclosed";
            d.confidence = Math.max(d.confidence, 0.8);
            return d.to > d.from;
        }
        if (close < 0) {
            return false;
        }
        int end = trimEnd(tokens, open, s.to());
        if (close + 2 < end && tokens.get(close + 1).word() && tokens.get(close + 1).key().startsWith(Affixes.CONJUNCTION_FA)
                && CueLexicon.isComplementizer(tokens.get(close + 1))) {
            // "وقال: “إن لم نتفق هذا الأسبوع” فإنه واثق من الاتفاق": a quoted condition, then its answer in the
            // journalist's words, one statement
            d.from = open;
            d.to = end;
            d.rule = "direct-after-cue";
            d.confidence = Math.max(d.confidence, 0.85);
            return true;
        }
        int words = 0;
        boolean addition = false;
        for (int i = close + 1; i < end; i++) {
            Token t = tokens.get(i);
            if (t.word() && !t.quoted() && CueLexicon.cueAt(tokens, i, s.from(), s.to()) != null) {
                break; // "وقال "..." وأضاف "..."": the next cue has its own statement
            }
            if (t.isPunct('(') || (t.word() && (SPELLED_OUT_ATTRIBUTION.contains(t.key())
                    || CueLexicon.ACCORDING_TO.contains(t.key()) || TIME_ZONE_STEMS.start(t.key())))) {
                addition = true;
            }
            if (t.word()) {
                words++;
            }
        }
        // أجاب "سنرى"، إلا أنه ...: a comma after the quotation leaves the rest to the narration
        boolean clauseFollows = close + 1 < end && tokens.get(close + 1).isComma();
        if (words > 1 && !addition && !clauseFollows) {
            return false;
        }
        d.from = open + 1;
        d.to = close;
        d.direct = true;
        d.rule = "direct-after-cue";
        d.confidence = Math.max(d.confidence, 0.95);
        return d.to > d.from;
    }


    static boolean span(List<Token> tokens, Sentence s, int start, QuoteDraft d, String rule, double confidence) {
        int from = start;
        while (from < s.to() && !tokens.get(from).word() && tokens.get(from).mark() <= 0) {
            from++;
        }
        d.from = from;
        d.to = trimEnd(tokens, from, rule.equals("object-of-cue") ? narrationResumes(tokens, from, s.to()) : s.to());
        d.rule = rule;
        d.confidence = Math.min(d.confidence, confidence);
        return d.to > d.from;
    }


    /**
     * "استبعد أي تحالف مع الأسد وكان التوتر واضحا بين الوزيرين": after an object, "وكان" opens the journalist's next
     * clause; where it stands (or {@code to}).
     */
    private static int narrationResumes(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            Token t = tokens.get(i);
            if (t.word() && !t.quoted() && !t.bare().equals(t.key()) && t.key().startsWith(Affixes.CONJUNCTION_WA)
                    && WAS.contains(t.bare())) {
                return i;
            }
        }
        return to;
    }

    static int trimEnd(List<Token> tokens, int from, int to) {
        int end = to;
        for (int i = from + 1; i < to; i++) {
            Token t = tokens.get(i);
            if (t.quoted() || !t.word()) {
                continue;
            }
            boolean according = CueLexicon.accordingTo(tokens, i, to) > 0;
            boolean attribution = according && (tokens.get(i - 1).isComma()
                    || (i + 1 < to && GrammarWords.RELATIVE_WHAT.contains(tokens.get(i + 1).key())));
            // "أعربت المنظمة عن ارتياحها للقرار، في بيان نشرته": where it was said, the journalist's addition
            boolean vehicle = StatementContent.ADVERBIAL_PREPOSITIONS.contains(t.key()) && i + 1 < to
                    && VEHICLES.contains(tokens.get(i + 1).key());
            // "أكد أن الموسم صعب، وذلك خلال مؤتمر صحفي": the occasion is the journalist's, with or without the comma
            if (occasionAfter(tokens, i, to) >= 0) {
                end = i;
                break;
            }
            boolean narration = tokens.get(i - 1).isComma() && (vehicle || (t.key().startsWith(Affixes.CONJUNCTION_WA)
                    && EventLexicon.MEETING_VERBS.contains(t.bare())) || NARRATION_OPENERS.contains(t.key())
                    || NARRATION_OPENING_PHRASES.at(tokens, i, to));
            // "تنفي أن تكون تهدد جارتها على الرغم من أنها ...": the journalist's concession, not the denial
            boolean concession = CONCESSIONS.contains(t.key()) || CONCESSION_PHRASES.at(tokens, i, to);
            if (attribution || narration || concession) {
                end = i;
                break;
            }
            if (SPELLED_OUT_ATTRIBUTION.contains(t.key()) && tokens.get(i - 1).word()) {
                int open = i;
                while (open > from && !tokens.get(open).isPunct('(')) {
                    open--;
                }
                if (open > from) {
                    end = open;
                    break;
                }
            }
        }
        while (end > from && !tokens.get(end - 1).word() && tokens.get(end - 1).mark() >= 0
                && !tokens.get(end - 1).isPunct(')')) {
            end--;
        }
        while (end > from && tokens.get(end - 1).mark() > 0) {
            end--;
        }
        return end;
    }


    /**
     * Where the occasion named by a lead at {@code at} starts ("وذلك خلال مؤتمر صحفي"، "جاء ذلك على هامش المنتدى":
     * the token after the opener), or -1 when no lead and opener stand there before {@code to}.
     */
    public static int occasionAfter(List<Token> tokens, int at, int to) {
        int lead = phraseEnd(tokens, at, to, GrammarWords.OCCASION_LEADS);
        return lead < 0 ? -1 : phraseEnd(tokens, lead, to, GrammarWords.OCCASION_OPENERS);
    }

    /** The token after the longest phrase of the set starting at {@code at}, or -1. */
    private static int phraseEnd(List<Token> tokens, int at, int to, Set<String> phrases) {
        int found = -1;
        StringBuilder key = new StringBuilder();
        for (int j = at; j < Math.min(to, at + PHRASE_WORDS) && tokens.get(j).word(); j++) {
            key.append(j > at ? " " : "").append(tokens.get(j).key());
            found = phrases.contains(key.toString()) ? j + 1 : found;
        }
        return found;
    }

    /** True when no mark closes the quotation opened at {@code open} before its paragraph ends. */
    private static boolean unclosed(List<Token> tokens, int open) {
        int paragraph = tokens.get(open).paragraph();
        int depth = 0;
        for (int i = open; i < tokens.size() && tokens.get(i).paragraph() == paragraph; i++) {
            depth += tokens.get(i).mark();
            if (depth == 0) {
                return false;
            }
        }
        return true;
    }
}
