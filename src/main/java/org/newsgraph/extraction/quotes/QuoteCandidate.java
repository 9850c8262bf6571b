package org.newsgraph.extraction.quotes;

import org.newsgraph.extraction.names.NounPhrase;
import org.newsgraph.kinds.QuoteKind;

/**
 * A statement found in one sentence, before its speaker is resolved: tokens [from, to) of the content, the cue as
 * written, and how the speaker is named ({@code speaker} set for {@link Attribution#NAMED}).
 */
public record QuoteCandidate(int sentence, int from, int to, QuoteKind kind, String cue, double confidence, String rule,
        Attribution attribution, NounPhrase speaker, int cueToken) {

    /** Where the speaker comes from. */
    public enum Attribution {
        /** a naming in the sentence */
        NAMED,
        /** the subject of the previous cue of the same sentence (participles, "لكنه حذر") */
        SAME_AS_PREVIOUS,
        /** a pronoun or a dropped subject: the nearest earlier naming */
        PRONOUN,
        /** a paragraph that goes on with the last speaker's words */
        CONTINUATION,
        /** a statement without its author ("وجاء في بيان"، "وأضاف البيان"): the institution that issued it */
        STATEMENT
    }
}
