package org.newsgraph.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.common.Sql;

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

    /** SQL select list for an article aliased {@code a}, read back by {@link #read}. */
    public static final String COLUMNS = "a.id, a.url, a.title, a.published_at, a.language, a.outlet_id, a.sort_time";
    /** Number of columns in {@link #COLUMNS}. */
    public static final int WIDTH = 7;

    /** The article in the columns from {@code at} (1-based) of the row; its time in UTC, as it is stored. */
    public static ArticleView read(ResultSet row, int at) throws SQLException {
        OffsetDateTime published = Sql.getOffsetDateTime(row, at + 3);
        return new ArticleView(row.getLong(at), row.getString(at + 1), row.getString(at + 2),
                published == null ? null : published.withOffsetSameInstant(ZoneOffset.UTC), row.getString(at + 4),
                row.getLong(at + 5), row.getLong(at + 6));
    }
}
