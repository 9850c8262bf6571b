package org.newsgraph.graphql;

import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.event.EventView;

public record EventEdge(@NonNull String cursor, @NonNull EventView node) {
}
