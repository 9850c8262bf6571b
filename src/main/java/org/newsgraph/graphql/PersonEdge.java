package org.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.person.PersonView;

@Description("One person of a page.")
public record PersonEdge(@NonNull @Description("Opaque position of this person: pass it as `after` to continue after it.") String cursor,
        @NonNull @Description("The person.") PersonView node) {
}
