package org.newsgraph.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.event.EventFilter;

@Description("A page of events.")
public record EventConnection(@NonNull @Description("The events of this page, each with its cursor.") List<@NonNull EventEdge> edges,
        @NonNull @Description("Where this page ends.") PageInfo pageInfo, @Ignore EventFilter filter) {
}
