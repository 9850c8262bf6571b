package org.newsgraph.event;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("EventClaim")
@Description("A fact about an event as one article states it, with the exact span: outlets that differ show side by side.")
public record ClaimView(
        @NonNull @Description("What the claim is about: duration, date, requestedBy, location ...") String attribute,
        @NonNull @Description("The value as this article gives it, normalised where possible (minutes, ISO dates).") String value,
        @NonNull @Description("The exact span of the article body.") String span,
        @Description("Character offset of the span in the article body.") int startOffset,
        @Description("Character offset just past the span.") int endOffset,
        @Ignore long articleId) {

    /** SQL select list for a claim aliased {@code c}, read back by {@link #read}. */
    public static final String COLUMNS = "c.attribute, c.claim_value, c.span, c.start_offset, c.end_offset, c.article_id";

    /** The claim in the columns from {@code at} (1-based) of the row. */
    public static ClaimView read(ResultSet row, int at) throws SQLException {
        return new ClaimView(row.getString(at), row.getString(at + 1), row.getString(at + 2), row.getInt(at + 3),
                row.getInt(at + 4), row.getLong(at + 5));
    }
}
