package org.newsgraph.extraction.quotes;

import java.util.List;

import org.newsgraph.extraction.lexicon.CueLexicon;
import org.newsgraph.extraction.names.NounPhrase;
import org.newsgraph.extraction.quotes.QuoteCandidate.Attribution;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.kinds.QuoteKind;

/** A statement being built by the finders; its end moves when a second cue splits the sentence. */
public final class QuoteDraft {
    int from;
    int to;
    boolean direct;
    /** the last cue reported inside this statement, null when none */
    CueLexicon.Cue nested;
    String cue;
    double confidence;
    String rule;
    Attribution attribution;
    NounPhrase speaker;
    /** further speakers of the same statement ("حذرت مصر والأردن"), each given a copy */
    List<NounPhrase> joint = List.of();
    /** a dual or plural verb without a subject, or "الجانبان": the speakers named together last ({@link SpeakerGroups}) */
    boolean group;
    /**
     * only a pair can say it: the group is named by a word of its own ("الجانبان"، "وزيرا الخارجية") or the verb is
     * dual ("وأكدا")
     */
    boolean pairSpeaks;
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
