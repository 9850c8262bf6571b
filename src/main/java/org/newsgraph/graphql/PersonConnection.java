package org.newsgraph.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

public record PersonConnection(@NonNull List<@NonNull PersonEdge> edges, @NonNull PageInfo pageInfo, @Ignore String search) {
}
