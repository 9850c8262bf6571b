package org.newsgraph.quote;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Quote")
@Description("A statement attributed to a speaker in one article.")
public record QuoteView(
        @Id @Description("Stable id of the quote.") long id,
        @NonNull @Description("Exact span of the article body.") String text,
        @NonNull @Description("Direct, indirect or mixed speech.") QuoteKind kind,
        @Description("Reporting word as written, e.g. قال / أضاف / حذر.") String cue,
        @Description("Position of the quote in its article, from 1.") int position,
        @Description("Character offset of the quote in the article body.") Integer startOffset,
        @Description("Character offset just past the quote in the article body.") Integer endOffset,
        @Description("Confidence in [0,1] that this span is a quote.") double confidence,
        @Description("Extraction rule that found the quote.") String rule,
        @Description("Confidence in [0,1] of the speaker attribution.") Double speakerConfidence,
        @Description("Rule that attributed the speaker.") String speakerRule,
        @Description("Confidence in [0,1] of the event link.") Double eventConfidence,
        @Description("Rule that linked the event.") String eventRule,
        @Ignore long articleId,
        @Ignore Long speakerId,
        @Ignore Long eventId,
        @Ignore long sortTime) {

    /** HQL select list for a quote aliased {@code q}, read back by {@link #of}. */
    public static final String COLUMNS = "q.id, q.text, q.kind, q.cue, q.position, q.startOffset, q.endOffset, q.confidence, q.rule,"
            + " q.speakerConfidence, q.speakerRule, q.eventConfidence, q.eventRule, q.articleId, q.speakerId, q.eventId, q.sortTime";
    /** Number of columns in {@link #COLUMNS}. */
    public static final int WIDTH = 17;

    public static QuoteView of(Object[] row, int at) {
        return new QuoteView((Long) row[at], (String) row[at + 1], (QuoteKind) row[at + 2], (String) row[at + 3],
                (Integer) row[at + 4], (Integer) row[at + 5], (Integer) row[at + 6], (Double) row[at + 7],
                (String) row[at + 8], (Double) row[at + 9], (String) row[at + 10], (Double) row[at + 11],
                (String) row[at + 12], (Long) row[at + 13], (Long) row[at + 14], (Long) row[at + 15], (Long) row[at + 16]);
    }
}
