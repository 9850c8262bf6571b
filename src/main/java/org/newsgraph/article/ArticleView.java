package org.newsgraph.article;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Article")
@Description("One article as ingested; its body is the cleaned text that quote offsets point into.")
public record ArticleView(
        @Id @Description("Stable id of the article.") long id,
        @NonNull @Description("Where the article was published; its identity.") String url,
        @Description("Headline, as sent or as found in the text.") String title,
        @Description("When the outlet published it.") OffsetDateTime publishedAt,
        @NonNull @Description("Language code, e.g. ar.") String language,
        @Ignore long outletId,
        @Ignore long sortTime) {

    /** HQL select list for an article aliased {@code a}, read back by {@link #of}. */
    public static final String COLUMNS = "a.id, a.url, a.title, a.publishedAt, a.language, a.outlet.id, a.sortTime";
    /** Number of columns in {@link #COLUMNS}. */
    public static final int WIDTH = 7;

    public static ArticleView of(Object[] row, int at) {
        return new ArticleView((Long) row[at], (String) row[at + 1], (String) row[at + 2], (OffsetDateTime) row[at + 3],
                (String) row[at + 4], (Long) row[at + 5], (Long) row[at + 6]);
    }
}
