package org.newsgraph.graphql;

import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.person.PersonView;

public record PersonEdge(@NonNull String cursor, @NonNull PersonView node) {
}
