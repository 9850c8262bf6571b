package org.newsgraph.quote;

import org.newsgraph.kinds.QuoteKind;
import java.time.LocalDate;

import org.newsgraph.common.InvalidInputException;

/**
 * Filters of a quotes list; null fields do not filter. {@code search} is the user's text, matched Arabic-aware;
 * {@code minConfidence} keeps quotes whose detection and speaker attribution are at least that sure; {@code outlet}
 * is an outlet's name; {@code from} and {@code to} bound the day (UTC) the quote's article was published.
 */
public record QuoteFilter(Long speaker, Long event, String search, Double minConfidence, String outlet, LocalDate from,
        LocalDate to, QuoteKind kind) {

    public QuoteFilter {
        if (minConfidence != null && (minConfidence < 0 || minConfidence > 1)) {
            throw new InvalidInputException("minConfidence", "must be between 0 and 1");
        }
    }

    /** The quotes of one speaker. */
    public static QuoteFilter ofSpeaker(long speaker) {
        return new QuoteFilter(speaker, null, null, null, null, null, null, null);
    }
}
