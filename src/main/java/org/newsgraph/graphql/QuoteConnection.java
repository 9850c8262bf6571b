package org.newsgraph.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.quote.QuoteFilter;

@Description("A page of quotes.")
public record QuoteConnection(@NonNull @Description("The quotes of this page, each with its cursor.") List<@NonNull QuoteEdge> edges,
        @NonNull @Description("Where this page ends.") PageInfo pageInfo, @Ignore QuoteFilter filter) {
}
