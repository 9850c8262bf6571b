package org.newsgraph.graphql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.article.ArticleQueries;
import org.newsgraph.article.ArticleView;
import org.newsgraph.common.Cursor;
import org.newsgraph.common.Page;
import org.newsgraph.common.Rows;
import org.newsgraph.event.ClaimView;
import org.newsgraph.event.EventFilter;
import org.newsgraph.event.EventQueries;
import org.newsgraph.event.EventView;
import org.newsgraph.event.MentionView;
import org.newsgraph.graphql.readahead.ReadAhead;
import org.newsgraph.kinds.EventKind;
import org.newsgraph.person.PersonQueries;
import org.newsgraph.person.PersonView;
import org.newsgraph.quote.QuoteQueries;
import org.newsgraph.quote.QuoteRows;
import org.newsgraph.quote.QuoteView;

import io.smallrye.graphql.api.Context;

@GraphQLApi
public class EventApi {
    @Inject
    EventQueries events;
    @Inject
    PersonQueries people;
    @Inject
    QuoteQueries quotes;
    @Inject
    ArticleQueries articles;
    @Inject
    Context context;

    @Query
    @Description("One event by id, or null.")
    public EventView event(@NonNull @Id @Description("The event id.") Long id) {
        return events.byIds(List.of(id)).get(id);
    }

    @Query
    @NonNull
    @Description("Events newest first (undated last), then by id; optionally between two dates, of one kind, or with one participant.")
    public EventConnection events(@DefaultValue("20") @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after, @Description("Only events starting on or after this day.") LocalDate from,
            @Description("Only events starting on or before this day.") LocalDate to, @Description("Only events of this kind.") EventKind kind,
            @Id @Description("Only events this person took part in.") Long participant) {
        EventFilter filter = new EventFilter(from, to, kind, participant);
        Page<EventView> page = events.page(filter, Paging.first(first, 20), Cursor.decode(after, "after"));
        return new EventConnection(Connections.edges(page, EventApi::cursorOf, EventEdge::new),
                Connections.pageInfo(page, EventApi::cursorOf), filter);
    }

    @NonNull
    @Description("How many events match, whatever the page.")
    public List<@NonNull Integer> totalCount(@Source List<EventConnection> connections) {
        return Connections.totalCounts(connections, c -> events.count(c.filter()));
    }

    @Description("The people taking part, by id.")
    public List<@NonNull List<@NonNull PersonView>> participants(@Source List<EventView> sources, @Description(Paging.LIMIT) Integer first) {
        return Rows.inOrder(sources, EventView::id, people.participants(Rows.keys(sources, EventView::id), Paging.limit(first)));
    }

    @Description("Statements made at or about this event, by id; optionally of one speaker.")
    public List<@NonNull List<@NonNull QuoteView>> quotes(@Source List<EventView> sources, @Description(Paging.LIMIT) Integer first,
            @Id @Description("Only quotes of this person.") Long speaker) {
        QuoteRows rows = quotes.byEvents(Rows.keys(sources, EventView::id), Paging.limit(first), speaker,
                ReadAhead.quoteJoins(context, ""));
        ReadAhead.of(context).remember(rows);
        return Rows.inOrder(sources, EventView::id, rows.byParent());
    }

    @Description("Every article that reports this event, newest first.")
    public List<@NonNull List<@NonNull ArticleView>> articles(@Source List<EventView> sources, @Description(Paging.LIMIT) Integer first) {
        return Rows.inOrder(sources, EventView::id, articles.byEvents(Rows.keys(sources, EventView::id), Paging.limit(first)));
    }

    @Description("Each article's report of this event, in the order the articles were ingested, with why it was merged"
            + " into this event or kept apart from another.")
    public List<@NonNull List<@NonNull MentionView>> mentions(@Source List<EventView> sources, @Description(Paging.LIMIT) Integer first) {
        return Rows.inOrder(sources, EventView::id, events.mentions(Rows.keys(sources, EventView::id), Paging.limit(first)));
    }

    @Description("How many articles report this event.")
    public List<@NonNull Integer> articleCount(@Source List<EventView> sources) {
        return sourceCounts(sources, 0);
    }

    @Description("How many independent sources report this event: distinct outlets, not copies of one outlet's story.")
    public List<@NonNull Integer> independentSourceCount(@Source List<EventView> sources) {
        return sourceCounts(sources, 1);
    }

    private List<Integer> sourceCounts(List<EventView> sources, int which) {
        Map<Long, long[]> counts = events.sourceCounts(Rows.keys(sources, EventView::id));
        List<Integer> out = new ArrayList<>(sources.size());
        for (EventView event : sources) {
            long[] count = counts.get(event.id());
            out.add(count == null ? 0 : (int) count[which]);
        }
        return out;
    }

    @Description("Facts about this event as each article states them (duration, date, who requested it ...), with spans.")
    public List<@NonNull List<@NonNull ClaimView>> claims(@Source List<EventView> sources) {
        return Rows.inOrder(sources, EventView::id, events.claims(Rows.keys(sources, EventView::id)));
    }

    @Description("The claim attributes on which the articles reporting this event give different values.")
    public List<@NonNull List<@NonNull String>> disputedAttributes(@Source List<EventView> sources) {
        Map<Long, List<ClaimView>> claims = events.claims(Rows.keys(sources, EventView::id));
        List<List<String>> out = new ArrayList<>(sources.size());
        for (EventView event : sources) {
            Map<String, Set<String>> values = new TreeMap<>();
            for (ClaimView claim : claims.getOrDefault(event.id(), List.of())) {
                values.computeIfAbsent(claim.attribute(), k -> new HashSet<>()).add(claim.value());
            }
            out.add(values.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList());
        }
        return out;
    }

    @Description("The article a claim comes from.")
    public List<@NonNull ArticleView> article(@Source List<ClaimView> sources) {
        return Rows.oneInOrder(sources, ClaimView::articleId, articles.byIds(Rows.keys(sources, ClaimView::articleId)));
    }

    private static Cursor cursorOf(EventView event) {
        return Cursor.of(event.sortDay(), event.id());
    }
}
