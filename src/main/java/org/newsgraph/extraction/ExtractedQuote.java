package org.newsgraph.extraction;

import org.newsgraph.extraction.document.Span;
import org.newsgraph.kinds.QuoteKind;

/**
 * A statement and its attribution. {@code text} is the exact span of the cleaned body. Every decision carries the
 * confidence in [0,1] and the name of the rule that made it, so users can filter and we can debug.
 * {@code speakerRef}/{@code eventRef} point at the article's people/events and may be null.
 */
public record ExtractedQuote(Span text, QuoteKind kind, String cue, double confidence, String rule,
        Integer speakerRef, Span speakerSpan, double speakerConfidence, String speakerRule,
        Integer eventRef, double eventConfidence, String eventRule) {
}
