package org.newsgraph.graphql;

import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.article.ArticleView;

public record ArticleEdge(@NonNull String cursor, @NonNull ArticleView node) {
}
