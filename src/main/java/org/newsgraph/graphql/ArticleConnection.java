package org.newsgraph.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of articles.")
public record ArticleConnection(@NonNull @Description("The articles of this page, each with its cursor.") List<@NonNull ArticleEdge> edges,
        @NonNull @Description("Where this page ends.") PageInfo pageInfo, @Ignore String outlet) {
}
