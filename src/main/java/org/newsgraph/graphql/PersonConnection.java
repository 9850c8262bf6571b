package org.newsgraph.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of people.")
public record PersonConnection(@NonNull @Description("The people of this page, each with its cursor.") List<@NonNull PersonEdge> edges,
        @NonNull @Description("Where this page ends.") PageInfo pageInfo, @Ignore String search) {
}
