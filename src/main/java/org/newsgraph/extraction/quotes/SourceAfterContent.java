package org.newsgraph.extraction.quotes;

import java.util.List;
import java.util.Set;

import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.GrammarWords;
import org.newsgraph.extraction.names.NounPhrase;
import org.newsgraph.extraction.names.NounPhraseParser;
import org.newsgraph.extraction.quotes.QuoteCandidate.Attribution;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.text.LexiconFile;

/**
 * The source named after what it said: "...، كما ذكر دبلوماسي أمريكي"، "...، حسبما أفادت الوكالة" and "...، وفق ما
 * ذكرته الوزارة في بيان" closing a sentence that has no statement of its own. The words before the comma are the statement; its speaker the naming
 * after the cue.
 */
final class SourceAfterContent {

    private static final Set<String> AS = LexiconFile.withFlag("function-words.tsv", "as");


    private SourceAfterContent() {
    }

    /**
     * "ووفقا لما ذكرته الوزارة في بيان لها، بحث الجانبان ...": the same source opening the sentence, its words after
     * the comma that closes its naming. True when k is that verb and the statement was set.
     */
    static boolean statementAfterSource(List<Token> tokens, Sentence s, int k, QuoteDraft d, NounPhraseParser parser) {
        int first = s.from();
        while (first < k && !tokens.get(first).word()) {
            first++;
        }
        if (first != k - 2 || !afterAccordingToWhat(tokens, k)) {
            return false;
        }
        NounPhrase np = parser.parse(k + 1, s.to(), true);
        int comma = np == null || np.kind() == null || np.refersBack() ? -1 : vehicleEnd(tokens, s, np.to());
        if (comma < 0 || comma + 1 >= s.to() || !tokens.get(comma).isComma() || CueLexicon.isComplementizer(tokens.get(comma + 1))) {
            return false; // "وبحسب ما أعلنته الوزارة، فإن ...": the complementizer opens the words, as after any cue
        }
        d.attribution = Attribution.NAMED;
        d.speaker = np;
        d.from = comma + 1;
        d.to = StatementBounds.trimEnd(tokens, d.from, s.to());
        d.rule = "source-before-content";
        d.confidence = 0.7;
        return d.to > d.from;
    }

    /** "وفق ما"، "وفقا لما"، "حسب ما" right before k. */
    static boolean afterAccordingToWhat(List<Token> tokens, int k) {
        if (k < 2 || !tokens.get(k - 1).word() || !tokens.get(k - 2).word()) {
            return false;
        }
        String what = tokens.get(k - 1).key();
        boolean relative = GrammarWords.RELATIVE_WHAT.contains(what) || what.startsWith(Affixes.PREPOSITION_LI)
                && GrammarWords.RELATIVE_WHAT.contains(what.substring(Affixes.PREPOSITION_LI.length()));
        return relative && (CueLexicon.ACCORDING_TO.contains(tokens.get(k - 2).key())
                || CueLexicon.ACCORDING_TO.contains(tokens.get(k - 2).bare()));
    }

    /**
     * "، كما ذكر": a cue after an "as" word after a comma; "، وفق ما ذكرته"، "، حسب ما أفادت": after an "according to"
     * word and "ما" (or "لما").
     */
    static boolean marks(List<Token> tokens, Sentence s, int k) {
        if (k - 2 > s.from() && tokens.get(k - 1).word() && AS.contains(tokens.get(k - 1).key()) && tokens.get(k - 2).isComma()) {
            return true;
        }
        return k - 3 > s.from() && tokens.get(k - 3).isComma() && afterAccordingToWhat(tokens, k);
    }



    /** "في بيان"، "في بيان لها": where the source said it, after its naming at the sentence's end; i if none. */
    private static int vehicleEnd(List<Token> tokens, Sentence s, int i) {
        if (i + 1 >= s.to() || !tokens.get(i).word() || !StatementContent.VEHICLE_PREPOSITIONS.contains(tokens.get(i).key())
                || !(StatementContent.isVehicle(tokens.get(i + 1).key()) || CueLexicon.isSayingNoun(tokens.get(i + 1)))) {
            return i;
        }
        int end = i + 2;
        return end < s.to() && tokens.get(end).word() && StatementContent.VEHICLE_OWNERS.contains(tokens.get(end).key())
                ? end + 1 : end;
    }

    /** Sets the statement before "، كما ذكر X" when X closes the sentence; false otherwise. */
    static boolean statement(List<Token> tokens, Sentence s, int k, QuoteDraft d, NounPhraseParser parser) {
        NounPhrase np = parser.parse(k + 1, s.to(), true);
        if (np == null || np.kind() == null || np.refersBack() || vehicleEnd(tokens, s, np.to()) < s.to() - 1) {
            return false;
        }
        int from = s.from();
        while (from < k && (!tokens.get(from).word() && tokens.get(from).mark() <= 0
                || tokens.get(from).word() && QuoteFinder.CONNECTORS.contains(tokens.get(from).key()))) {
            from++; // "كما عقد الوزير ...": the connector opens the sentence, not the statement
        }
        d.attribution = Attribution.NAMED;
        d.speaker = np;
        d.from = from;
        int comma = tokens.get(k - 2).isComma() ? k - 2 : k - 3; // "، كما ذكر"، "، وفق ما ذكرته"
        d.to = StatementBounds.trimEnd(tokens, from, comma);
        d.rule = "source-after-content";
        d.confidence = 0.7;
        return d.to > d.from;
    }
}
