package org.newsgraph.extraction.quotes;

import java.util.List;
import java.util.Set;

import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.GrammarWords;
import org.newsgraph.extraction.lexicon.Inflections;
import org.newsgraph.extraction.lexicon.Inflections.Affix;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.names.NounPhrase;
import org.newsgraph.extraction.names.NounPhraseParser;
import org.newsgraph.extraction.quotes.QuoteCandidate.Attribution;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokens;
import org.newsgraph.text.LexiconFile;

/**
 * Statements without a reporting verb of their own: "according to" attributions ("وبحسب X، ..." / "...، حسب X"),
 * paragraphs that go on with the last speaker's words, and "X: ..." headlines.
 */
public final class UncuedStatements {

    private static final Set<String> FIRST_PERSON = LexiconFile.withFlag("function-words.tsv", "first-person");
    /** "لقد": first-person words only before a verb in the first person ("لقد أكدنا"). */
    private static final Set<String> EMPHATIC = LexiconFile.withFlag("function-words.tsv", "emphatic");

    private UncuedStatements() {
    }

    /** What a rule sees: the sentence, its article, and the paragraph of the last statement found. */
    private record Context(List<Token> tokens, List<Sentence> sentences, Sentence s, NounPhraseParser parser,
            int lastQuoteParagraph) {
    }

    /** One rule: the statement it finds in a sentence without a cue statement, or null. */
    private interface Rule {
        QuoteDraft apply(Context c);
    }

    /** The rules in the order they are tried; each names itself in the draft's {@code rule}. */
    private static final List<Rule> RULES = List.of(
            c -> according(c.tokens(), c.s(), c.parser()),
            c -> c.s().paragraph() - c.lastQuoteParagraph() > 1 ? null : continuation(c.tokens(), c.s()),
            c -> c.s().paragraph() > 1 && !ownParagraph(c.sentences(), c.s()) ? null
                    : headline(c.tokens(), c.s(), c.parser())); // a headline or an intertitle

    /** The statement of a sentence that has no reporting cue of its own, or null. */
    static QuoteDraft find(List<Token> tokens, List<Sentence> sentences, Sentence s, NounPhraseParser parser,
            int lastQuoteParagraph) {
        Context c = new Context(tokens, sentences, s, parser, lastQuoteParagraph);
        for (Rule r : RULES) {
            QuoteDraft d = r.apply(c);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** A sentence alone on its line: an intertitle when it reads "X: ...". */
    private static boolean ownParagraph(List<Sentence> sentences, Sentence s) {
        int i = s.index();
        return (i == 0 || sentences.get(i - 1).paragraph() != s.paragraph())
                && (i + 1 == sentences.size() || sentences.get(i + 1).paragraph() != s.paragraph());
    }

    /** "according-to-lead" / "according-to-tail": "وبحسب X، ..." before the statement, "...، حسب X" after it. */
    static QuoteDraft according(List<Token> tokens, Sentence s, NounPhraseParser parser) {
        for (int i = s.from(); i < s.to(); i++) {
            Token t = tokens.get(i);
            int words = t.quoted() ? 0 : CueLexicon.accordingTo(tokens, i, s.to());
            if (words == 0) {
                continue;
            }
            int at = i + words;
            if (at < s.to() && (tokens.get(at).is(Affixes.PREPOSITION_LI)
                    || GrammarWords.RELATIVE_WHAT.contains(tokens.get(at).key()))) {
                at++;
                if (GrammarWords.RELATIVE_WHAT.contains(tokens.get(at - 1).key()) && at + 1 < s.to()
                        && !parser.mayStart(tokens.get(at))) {
                    at++; // "بحسب ما أعلنته الوزارة"، "وفق ما نقلت وكالة": the verb, then its subject
                }
            }
            // "على حد قول الوزير"، "بحسب تصريح": the saying, then who said it; "على حد تعبيره": its own pronoun
            int saying = -1;
            if (at < s.to() && isSaying(tokens.get(at))) {
                saying = at++;
            }
            NounPhrase np = parser.parse(at, s.to(), true);
            if (np == null) {
                np = parser.parse(at, s.to(), false); // "ووفقا لمصادر مطلعة"
            }
            boolean ownPronoun = np == null && saying >= 0 && at >= s.to() - 1 && i > s.from();
            if (np == null && !ownPronoun) {
                return null;
            }
            QuoteDraft d = new QuoteDraft();
            d.attribution = ownPronoun ? Attribution.PRONOUN : np.refersBack() ? Attribution.STATEMENT : Attribution.NAMED;
            d.speaker = ownPronoun || np.refersBack() ? null : np; // "وبحسب البيان" speaks for who issued it
            d.cue = t.bare().equals(t.key()) ? t.text() : t.text().substring(1).strip();
            d.cueToken = ownPronoun ? saying : i; // "تعبيرها": the pronoun's gender, as a verb's
            d.confidence = 0.7;
            if (i == s.from()) {
                int start = np.to();
                while (start < s.to() && (tokens.get(start).isComma() || !tokens.get(start).word()
                        && tokens.get(start).mark() == 0)) {
                    start++;
                }
                if (start < s.to() && CueLexicon.isComplementizer(tokens.get(start))) {
                    start = CueLexicon.carriesPronoun(tokens.get(start)) ? start : start + 1;
                }
                return StatementBounds.span(tokens, s, start, d, "according-to-lead", 0.7) ? d : null;
            }
            if (tokens.get(i - 1).isComma() && (ownPronoun || np.to() >= s.to() - 1)) {
                d.from = s.from();
                d.to = StatementBounds.trimEnd(tokens, s.from(), i);
                d.rule = "according-to-tail";
                d.confidence = 0.65;
                return d.to > d.from ? d : null;
            }
            return null;
        }
        return null;
    }


    /**
     * "وتتهم كتل سياسية الحكومة ...، على حد قول النائب فلان": a sentence closed by the saying of a named source is that
     * source's statement as a whole, cue and all; null when the sentence does not end so.
     */
    static QuoteDraft sayingTail(List<Token> tokens, Sentence s, NounPhraseParser parser) {
        QuoteDraft d = according(tokens, s, parser);
        if (d == null || d.attribution != Attribution.NAMED || !"according-to-tail".equals(d.rule)) {
            return null;
        }
        int saying = d.cueToken + CueLexicon.accordingTo(tokens, d.cueToken, s.to());
        return saying < s.to() && isSaying(tokens.get(saying)) ? d : null;
    }

    /** A noun of saying ("قول"، "تعبيره") that names no document: the document would speak itself ("بحسب تقرير"). */
    private static boolean isSaying(Token t) {
        return CueLexicon.isSayingNoun(t) && !NameLexicon.STATEMENT_WORDS.contains(t.key());
    }

    /** "continuation-quoted" / "continuation-first-person": a paragraph going on with the last speaker's words. */
    static QuoteDraft continuation(List<Token> tokens, Sentence s) {
        Token first = tokens.get(s.from());
        QuoteDraft d = new QuoteDraft();
        d.attribution = Attribution.CONTINUATION;
        d.cueToken = -1;
        if (first.mark() > 0) {
            int close = Tokens.closing(tokens, s.from(), s.to());
            if (close >= s.to() - 1 || close < 0) {
                d.from = s.from() + 1;
                d.to = close < 0 ? StatementBounds.trimEnd(tokens, d.from, s.to()) : close;
                d.direct = true;
                d.rule = "continuation-quoted";
                d.confidence = 0.7;
                return d.to > d.from ? d : null;
            }
            return null;
        }
        boolean firstPerson = first.word() && FIRST_PERSON.contains(first.key()) && (!EMPHATIC.contains(first.key())
                || (s.from() + 1 < s.to() && tokens.get(s.from() + 1).key().endsWith(Inflections.suffix(Affix.PERFECT_WE))));
        if (!firstPerson) {
            return null;
        }
        d.from = s.from();
        d.to = StatementBounds.trimEnd(tokens, s.from(), s.to());
        d.direct = true;
        d.rule = "continuation-first-person";
        d.confidence = 0.6;
        return d;
    }


    /** Words an occasion between a headline's speaker and its colon may take: "في ختام زيارته إلى بيروت". */
    private static final int HEADLINE_OCCASION_WORDS = 7;

    /**
     * "هوكشتاين بعد لقائه بري:"، "الوزير في ختام زيارته إلى بيروت:": where or when the headline's speaker said it,
     * from an adverbial preposition (في، خلال، بعد، عقب…) or "على هامش" up to the colon, a few words at most.
     */
    private static boolean occasionBeforeColon(List<Token> tokens, int from, int colon) {
        if (colon - from > HEADLINE_OCCASION_WORDS || !tokens.get(from).word()) {
            return false;
        }
        String k = tokens.get(from).key();
        return StatementContent.ADVERBIAL_PREPOSITIONS.contains(k) || from + 1 < colon
                && GrammarWords.OCCASION_OPENERS.contains(k + " " + tokens.get(from + 1).key()); // "على هامش"
    }

    /**
     * "الوزير سالم حداد لـ«الشرق الأوسط»:"، "ظريف للبرلمان:": whom the headline's speaker told it, from a word with
     * ل attached (or ل alone) up to the colon, a few words at most.
     */
    private static boolean addressee(List<Token> tokens, int from, int colon) {
        Token t = tokens.get(from);
        return colon - from <= 5 && t.word() && t.key().startsWith(Affixes.PREPOSITION_LI) && !NameLexicon.isStop(t);
    }

    /** "headline-colon": "X: ..." in a headline or an intertitle; "X لـY: ..." too. */
    static QuoteDraft headline(List<Token> tokens, Sentence s, NounPhraseParser parser) {
        // "X لـ«الشرق الأوسط»:" is 7 tokens; an occasion and a comma before the speaker make it longer
        boolean occasionFirst = tokens.get(s.from()).word() && GrammarWords.OCCASION_OPENERS.contains(tokens.get(s.from()).bare());
        int colon = -1;
        for (int i = s.from(); i < Math.min(s.to(), s.from() + (occasionFirst ? 18 : 10)); i++) {
            if (tokens.get(i).isPunct(':')) {
                colon = i;
                break;
            }
        }
        if (colon <= s.from() || s.to() - colon < 3 || tokens.get(s.to() - 1).isPunct('؟')) {
            return null;
        }
        int speakerAt = s.from();
        if (tokens.get(speakerAt).word() && GrammarWords.KICKERS.contains(tokens.get(speakerAt).key()) && speakerAt + 1 < colon) {
            speakerAt++; // "خبر عضو الوفد بالقاهرة: ...": the page's label before the speaker
        }
        if (occasionFirst) {
            // "في مؤتمر صحفي مع نظيره العراقي، وزير الخارجية القطري: ...": the speaker after the occasion's comma
            for (int i = colon - 1; i > s.from(); i--) {
                if (tokens.get(i).isComma()) {
                    speakerAt = i + 1;
                    break;
                }
            }
            if (speakerAt == s.from()) {
                return null;
            }
        }
        // "«العطية»: ...": outlets set the speaker's name in marks
        boolean marked = tokens.get(speakerAt).mark() > 0 && Tokens.closing(tokens, speakerAt, colon) == colon - 1;
        NounPhrase np = marked ? CueStatement.namedInMarks(tokens, speakerAt, colon - 1, parser)
                : parser.parse(speakerAt, colon, true);
        // "المقداد وعبد اللهيان: بحثنا ...": two speakers joined by و before the colon; a headline gives its words
        // once, to the first, as annotators of such headlines do
        List<NounPhrase> joint = np == null || marked || np.to() == colon ? List.of() : JointSubjects.after(tokens, s, np, parser);
        boolean jointToColon = !joint.isEmpty() && joint.get(joint.size() - 1).to() == colon;
        if (np == null || np.refersBack()
                || (np.to() != colon && !marked && !jointToColon && !addressee(tokens, np.to(), colon)
                        && !occasionBeforeColon(tokens, np.to(), colon))) {
            return null;
        }
        QuoteDraft d = new QuoteDraft();
        d.attribution = Attribution.NAMED;
        d.speaker = np;
        d.cueToken = -1;
        d.confidence = 0.7;
        return StatementBounds.span(tokens, s, colon + 1, d, "headline-colon", 0.7) ? d : null;
    }
}
