package org.newsgraph.graphql;

import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.quote.QuoteView;

public record QuoteEdge(@NonNull String cursor, @NonNull QuoteView node) {
}
