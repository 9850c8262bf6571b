package org.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.quote.QuoteView;

@Description("One quote of a page.")
public record QuoteEdge(@NonNull @Description("Opaque position of this quote: pass it as `after` to continue after it.") String cursor,
        @NonNull @Description("The quote.") QuoteView node) {
}
