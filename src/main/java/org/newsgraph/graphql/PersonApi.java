package org.newsgraph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.common.Cursor;
import org.newsgraph.common.Page;
import org.newsgraph.common.Rows;
import org.newsgraph.event.EventQueries;
import org.newsgraph.event.EventView;
import org.newsgraph.graphql.readahead.ReadAhead;
import org.newsgraph.person.PersonQueries;
import org.newsgraph.person.PersonView;
import org.newsgraph.quote.QuoteFilter;
import org.newsgraph.quote.QuoteQueries;
import org.newsgraph.quote.QuoteRows;
import org.newsgraph.quote.QuoteView;

import io.smallrye.graphql.api.Context;

@GraphQLApi
public class PersonApi {
    @Inject
    PersonQueries people;
    @Inject
    QuoteQueries quotes;
    @Inject
    EventQueries events;
    @Inject
    Context context;

    @Query
    @Description("One person by id, or null.")
    public PersonView person(@NonNull @Id @Description("The person id.") Long id) {
        return people.byIds(List.of(id)).get(id);
    }

    @Query
    @NonNull
    @Description("People by name; `search` matches any spelling of any alias (hamza, alef, taa marbuta, diacritics and و/ال prefixes folded).")
    public PersonConnection people(@Description("Part of a name or alias, in any spelling.") String search,
            @DefaultValue("20") @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after) {
        Page<PersonView> page = people.page(search, Paging.first(first, 20), Cursor.decode(after, "after"));
        return new PersonConnection(Connections.edges(page, PersonQueries::cursorOf, PersonEdge::new),
                Connections.pageInfo(page, PersonQueries::cursorOf), search);
    }

    @NonNull
    @Description("How many people match, whatever the page.")
    public List<@NonNull Integer> totalCount(@Source List<PersonConnection> connections) {
        return Connections.totalCounts(connections, c -> people.count(c.search()));
    }

    @Description("Every surface form of the name seen in articles, original spelling.")
    public List<@NonNull List<@NonNull String>> aliases(@Source List<PersonView> sources) {
        return Rows.inOrder(sources, PersonView::id, people.aliases(Rows.keys(sources, PersonView::id)));
    }

    @Description("What this person said, newest article first.")
    public List<@NonNull QuoteConnection> quotes(@Source List<PersonView> sources, @DefaultValue("50") @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after) {
        int size = Paging.first(first, 50);
        QuoteRows read = quotes.bySpeakers(Rows.keys(sources, PersonView::id), size + 1, Cursor.decode(after, "after"),
                ReadAhead.quoteJoins(context, "edges/node/"));
        ReadAhead.of(context).remember(read);
        Map<Long, List<QuoteView>> rows = read.byParent();
        List<QuoteConnection> out = new ArrayList<>(sources.size());
        for (PersonView person : sources) {
            Page<QuoteView> page = Page.of(rows.getOrDefault(person.id(), List.of()), size);
            out.add(new QuoteConnection(Connections.edges(page, QuoteQueries::cursorOf, QuoteEdge::new),
                    Connections.pageInfo(page, QuoteQueries::cursorOf), new QuoteFilter(person.id(), null, null, null)));
        }
        return out;
    }

    @Description("Events this person took part in, newest first.")
    public List<@NonNull List<@NonNull EventView>> events(@Source List<PersonView> sources, @Description(Paging.LIMIT) Integer first) {
        return Rows.inOrder(sources, PersonView::id, events.byParticipants(Rows.keys(sources, PersonView::id), Paging.limit(first)));
    }
}
