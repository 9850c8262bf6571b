package org.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.event.EventView;

@Description("One event of a page.")
public record EventEdge(@NonNull @Description("Opaque position of this event: pass it as `after` to continue after it.") String cursor,
        @NonNull @Description("The event.") EventView node) {
}
