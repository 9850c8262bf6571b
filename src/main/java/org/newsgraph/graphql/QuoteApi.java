package org.newsgraph.graphql;

import java.util.List;

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
import org.newsgraph.common.InvalidInputException;
import org.newsgraph.common.Page;
import org.newsgraph.common.Rows;
import org.newsgraph.event.EventQueries;
import org.newsgraph.event.EventView;
import org.newsgraph.graphql.readahead.ReadAhead;
import org.newsgraph.person.PersonQueries;
import org.newsgraph.person.PersonView;
import org.newsgraph.quote.QuoteFilter;
import org.newsgraph.quote.QuoteQueries;
import org.newsgraph.quote.QuoteView;

import io.smallrye.graphql.api.Context;

@GraphQLApi
public class QuoteApi {
    @Inject
    QuoteQueries quotes;
    @Inject
    PersonQueries people;
    @Inject
    EventQueries events;
    @Inject
    ArticleQueries articles;
    @Inject
    Context context;

    @Query
    @NonNull
    @Description("Quotes newest article first; optionally of one speaker, about one event, or containing a text (Arabic-aware).")
    public QuoteConnection quotes(@DefaultValue("20") @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after, @Id @Description("Only quotes of this person.") Long speaker,
            @Id @Description("Only quotes said at or about this event.") Long event,
            @Description("Only quotes containing this text, in any spelling.") String search, @Description("Keep quotes whose detection and speaker attribution have at least this confidence.") Double minConfidence) {
        if (minConfidence != null && (minConfidence < 0 || minConfidence > 1)) {
            throw new InvalidInputException("minConfidence", "must be between 0 and 1");
        }
        QuoteFilter filter = new QuoteFilter(speaker, event, search, minConfidence);
        Page<QuoteView> page = quotes.page(filter, Paging.first(first, 20), Cursor.decode(after, "after"));
        return new QuoteConnection(Connections.edges(page, QuoteQueries::cursorOf, QuoteEdge::new),
                Connections.pageInfo(page, QuoteQueries::cursorOf), filter);
    }

    @NonNull
    @Description("How many quotes match, whatever the page.")
    public List<@NonNull Integer> totalCount(@Source List<QuoteConnection> connections) {
        return Connections.totalCounts(connections, c -> quotes.count(c.filter()));
    }

    @Description("Who said it: a person, an anonymous source or an institution.")
    public List<PersonView> speaker(@Source List<QuoteView> sources) {
        return Rows.oneInOrder(sources, QuoteView::speakerId,
                ReadAhead.of(context).people(Rows.keys(sources, QuoteView::speakerId), people::byIds));
    }

    @Description("The event it was said at or is about, if any.")
    public List<EventView> event(@Source List<QuoteView> sources) {
        return Rows.oneInOrder(sources, QuoteView::eventId,
                ReadAhead.of(context).events(Rows.keys(sources, QuoteView::eventId), events::byIds));
    }

    @Description("The article it appears in.")
    public List<@NonNull ArticleView> article(@Source List<QuoteView> sources) {
        return Rows.oneInOrder(sources, QuoteView::articleId,
                ReadAhead.of(context).articles(Rows.keys(sources, QuoteView::articleId), articles::byIds));
    }
}
