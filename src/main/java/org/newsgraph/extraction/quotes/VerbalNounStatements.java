package org.newsgraph.extraction.quotes;

import java.util.List;

import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.extraction.names.NounPhrase;
import org.newsgraph.extraction.names.NounPhraseParser;
import org.newsgraph.extraction.quotes.QuoteCandidate.Attribution;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.text.LexiconFile;

/**
 * Statements carried by a reporting verb's noun: "غداة تحذير المبعوث من أن ..." (the noun, its agent, then the
 * content), "مع التأكيد على ..."، "واكتفى بالقول إن ..." (the noun of the sentence's subject, its content right
 * after it). The content must follow at once: a verbal noun elsewhere is the journalist's narration.
 */
final class VerbalNounStatements {

    private static final java.util.Set<String> WITH = LexiconFile.withFlag("function-words.tsv", "with");

    private VerbalNounStatements() {
    }

    /** The statement a verbal noun at k carries, or null. */
    static QuoteDraft at(List<Token> tokens, Sentence s, int k, NounPhraseParser parser, boolean afterAnother) {
        CueLexicon.Cue cue = CueLexicon.verbalNoun(tokens.get(k));
        if (cue == null || k + 2 >= s.to()) {
            return null;
        }
        Token t = tokens.get(k);
        QuoteDraft d = new QuoteDraft();
        d.cue = t.text();
        d.cueToken = k;
        d.confidence = 0.7;
        if (!t.key().startsWith(Affixes.ARTICLE) && !t.key().startsWith(Affixes.PREPOSITION_BI + Affixes.ARTICLE)) {
            NounPhrase agent = parser.parse(k + 1, s.to(), true);
            if (agent == null || agent.kind() == null || agent.refersBack()) {
                return null;
            }
            d.attribution = Attribution.NAMED;
            d.speaker = agent;
            return StatementContent.content(tokens, s, agent.to(), d, false, cue) && d.from <= agent.to() + 3 ? d : null;
        }
        if (k > s.from() && tokens.get(k - 1).word() && EventLexicon.REFERENCE_PREPOSITIONS.contains(tokens.get(k - 1).bare())) {
            return null; // "بعد الاعتراف الأميركي بالسيادة": an act the clause is dated by, not its subject's words
        }
        if (k > s.from() && tokens.get(k - 1).word() && (EventLexicon.CAME.contains(tokens.get(k - 1).key())
                || EventLexicon.CAME.contains(tokens.get(k - 1).bare()))) {
            return null; // "وجاء الإعلان عن القرار خلال مؤتمر صحفي": a lead placing the words already reported
        }
        d.attribution = afterAnother ? Attribution.SAME_AS_PREVIOUS : Attribution.PRONOUN;
        return StatementContent.content(tokens, s, k + 1, d, false, cue) && d.from <= k + 3 ? d : null;
    }

    /** "، مع التأكيد على": a verbal noun after "with" at clause level starts a statement of its own. */
    static boolean splits(List<Token> tokens, int k, Sentence s) {
        return k - 2 >= s.from() && CueLexicon.verbalNoun(tokens.get(k)) != null && tokens.get(k - 1).word() && WITH.contains(tokens.get(k - 1).key())
                && tokens.get(k - 2).isComma();
    }
}
