package org.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a page ends: pass endCursor as `after` to read the next page.")
public record PageInfo(boolean hasNextPage, String endCursor) {
}
