package org.newsgraph.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

public record ArticleConnection(@NonNull List<@NonNull ArticleEdge> edges, @NonNull PageInfo pageInfo, @Ignore String outlet) {
}
