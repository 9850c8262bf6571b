package org.newsgraph.extraction.quotes;

import java.util.List;
import java.util.Set;

import org.newsgraph.extraction.names.NounPhrase;
import org.newsgraph.extraction.names.NounPhraseParser;
import org.newsgraph.extraction.quotes.QuoteCandidate.Attribution;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.text.LexiconFile;

/**
 * The source named after what it said: "...، كما ذكر دبلوماسي أمريكي" and "...، حسبما أفادت الوكالة" closing a
 * sentence that has no statement of its own. The words before the comma are the statement; its speaker the naming
 * after the cue.
 */
final class SourceAfterContent {

    private static final Set<String> AS = LexiconFile.withFlag("function-words.tsv", "as");

    private SourceAfterContent() {
    }

    /** "، كما ذكر": a cue after an "as" word after a comma. */
    static boolean marks(List<Token> tokens, Sentence s, int k) {
        return k - 2 > s.from() && tokens.get(k - 1).word() && AS.contains(tokens.get(k - 1).key())
                && tokens.get(k - 2).isComma();
    }

    /** Sets the statement before "، كما ذكر X" when X closes the sentence; false otherwise. */
    static boolean statement(List<Token> tokens, Sentence s, int k, QuoteDraft d, NounPhraseParser parser) {
        NounPhrase np = parser.parse(k + 1, s.to(), true);
        if (np == null || np.kind() == null || np.refersBack() || np.to() < s.to() - 1) {
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
        d.to = StatementBounds.trimEnd(tokens, from, k - 2);
        d.rule = "source-after-content";
        d.confidence = 0.7;
        return d.to > d.from;
    }
}
