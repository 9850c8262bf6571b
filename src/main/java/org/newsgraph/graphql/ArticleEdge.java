package org.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.article.ArticleView;

@Description("One article of a page.")
public record ArticleEdge(@NonNull @Description("Opaque position of this article: pass it as `after` to continue after it.") String cursor,
        @NonNull @Description("The article.") ArticleView node) {
}
