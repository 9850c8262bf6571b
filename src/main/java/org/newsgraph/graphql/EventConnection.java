package org.newsgraph.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.event.EventFilter;

public record EventConnection(@NonNull List<@NonNull EventEdge> edges, @NonNull PageInfo pageInfo, @Ignore EventFilter filter) {
}
