package org.newsgraph.event;

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

    /** HQL select list for a claim aliased {@code c}, read back by {@link #of}. */
    public static final String COLUMNS = "c.attribute, c.value, c.span, c.startOffset, c.endOffset, c.articleId";

    public static ClaimView of(Object[] row, int at) {
        return new ClaimView((String) row[at], (String) row[at + 1], (String) row[at + 2], (Integer) row[at + 3],
                (Integer) row[at + 4], (Long) row[at + 5]);
    }
}
