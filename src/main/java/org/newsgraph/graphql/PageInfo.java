package org.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a page ends: pass endCursor as `after` to read the next page.")
public record PageInfo(@Description("Whether more follow this page.") boolean hasNextPage,
        @Description("Cursor of the last item of this page; null when the page is empty.") String endCursor) {
}
