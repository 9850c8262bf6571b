package org.newsgraph.quote;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.common.Sql;
import org.newsgraph.kinds.QuoteKind;

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

    /** SQL select list for a quote aliased {@code q}, read back by {@link #read}. */
    public static final String COLUMNS = "q.id, q.text, q.kind, q.cue, q.position, q.start_offset, q.end_offset, q.confidence, q.rule,"
            + " q.speaker_confidence, q.speaker_rule, q.event_confidence, q.event_rule, q.article_id, q.speaker_id, q.event_id, q.sort_time";
    /** Number of columns in {@link #COLUMNS}. */
    public static final int WIDTH = 17;

    /** The quote in the columns from {@code at} (1-based) of the row. */
    public static QuoteView read(ResultSet row, int at) throws SQLException {
        return new QuoteView(row.getLong(at), row.getString(at + 1), QuoteKind.valueOf(row.getString(at + 2)), row.getString(at + 3),
                row.getInt(at + 4), Sql.getInteger(row, at + 5), Sql.getInteger(row, at + 6), row.getDouble(at + 7),
                row.getString(at + 8), Sql.getDouble(row, at + 9), row.getString(at + 10), Sql.getDouble(row, at + 11),
                row.getString(at + 12), row.getLong(at + 13), Sql.getBigint(row, at + 14), Sql.getBigint(row, at + 15),
                row.getLong(at + 16));
    }
}
