package org.newsgraph.event;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.newsgraph.common.Sql;

@Name("EventMention")
@Description("One article's report of an event: where it names the event, and why it was merged with the event other"
        + " articles reported or kept apart from the nearest one.")
public record MentionView(
        @Description("The words that first name the event in the article body, when located.") String span,
        @Description("Character offset of the span in the article body.") Integer startOffset,
        @Description("Character offset just past the span.") Integer endOffset,
        @Description("Why the report was merged (same-kind-date-participants, overlapping-dates-participants,"
                + " adjacent-date-participants, bounded-date-shared-participants, undated-shared-participants) or kept"
                + " apart from the nearest stored event (kind-differs, places-differ, no-shared-participants,"
                + " call-sides-differ, days-apart, outside-bounds, earlier-than-reported, weak-evidence; no-candidate"
                + " when none was near); null for reports stored before merges were explained or read from a graph"
                + " import file.") String mergeRule,
        @Ignore long articleId,
        @Ignore Long comparedEventId) {

    /** SQL select list for a mention aliased {@code m}, read back by {@link #read}. */
    public static final String COLUMNS = "m.span, m.start_offset, m.end_offset, m.merge_rule, m.article_id, m.compared_event_id";

    /** The mention in the columns from {@code at} (1-based) of the row. */
    public static MentionView read(ResultSet row, int at) throws SQLException {
        return new MentionView(row.getString(at), Sql.getInteger(row, at + 1), Sql.getInteger(row, at + 2),
                row.getString(at + 3), row.getLong(at + 4), Sql.getBigint(row, at + 5));
    }
}
