package org.newsgraph.extraction;

import java.util.List;

import org.newsgraph.extraction.QuoteCandidate.Attribution;
import org.newsgraph.quote.QuoteKind;

/** A statement being built by the finders; its end moves when a second cue splits the sentence. */
final class QuoteDraft {
    int from;
    int to;
    boolean direct;
    boolean nested;
    String cue;
    double confidence;
    String rule;
    Attribution attribution;
    NounPhrase speaker;
    int cueToken;

    QuoteCandidate toCandidate(List<Token> tokens, Sentence s) {
        QuoteKind kind = QuoteKind.INDIRECT;
        if (direct) {
            kind = QuoteKind.DIRECT;
        } else {
            for (int i = from; i < to; i++) {
                if (tokens.get(i).mark() != 0) {
                    kind = QuoteKind.MIXED;
                    break;
                }
            }
        }
        return new QuoteCandidate(s.index(), from, to, kind, cue, confidence, rule, attribution, speaker,
                cueToken);
    }
}
