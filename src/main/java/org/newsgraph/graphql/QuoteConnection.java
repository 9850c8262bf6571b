package org.newsgraph.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.quote.QuoteFilter;

public record QuoteConnection(@NonNull List<@NonNull QuoteEdge> edges, @NonNull PageInfo pageInfo, @Ignore QuoteFilter filter) {
}
