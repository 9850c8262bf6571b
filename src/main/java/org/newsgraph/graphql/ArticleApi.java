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
import org.newsgraph.article.OutletView;
import org.newsgraph.common.Cursor;
import org.newsgraph.common.Page;
import org.newsgraph.common.Rows;
import org.newsgraph.event.EventQueries;
import org.newsgraph.event.EventView;
import org.newsgraph.graphql.readahead.ReadAhead;
import org.newsgraph.quote.QuoteQueries;
import org.newsgraph.quote.QuoteRows;
import org.newsgraph.quote.QuoteView;

import io.smallrye.graphql.api.Context;

@GraphQLApi
public class ArticleApi {
    @Inject
    ArticleQueries articles;
    @Inject
    QuoteQueries quotes;
    @Inject
    EventQueries events;
    @Inject
    Context context;

    @Query
    @Description("One article by id, or null.")
    public ArticleView article(@NonNull @Id @Description("The article id.") Long id) {
        if (!ReadAhead.selects(context, "outlet")) {
            return articles.byIds(List.of(id)).get(id);
        }
        ArticleQueries.WithOutlets read = articles.byIdsWithOutlets(List.of(id));
        ReadAhead.of(context).rememberOutlets(read.outlets());
        return read.articles().get(id);
    }

    @Query
    @NonNull
    @Description("Articles newest first, optionally of one outlet (by name).")
    public ArticleConnection articles(@DefaultValue("20") @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after, @Description("Only articles of the outlet of this name.") String outlet) {
        Page<ArticleView> page = articles.page(outlet, Paging.first(first, 20), Cursor.decode(after, "after"));
        return new ArticleConnection(Connections.edges(page, ArticleQueries::cursorOf, ArticleEdge::new),
                Connections.pageInfo(page, ArticleQueries::cursorOf), outlet);
    }

    @NonNull
    @Description("How many articles match, whatever the page.")
    public List<@NonNull Integer> totalCount(@Source List<ArticleConnection> connections) {
        return Connections.totalCounts(connections, c -> articles.count(c.outlet()));
    }

    @Description("The outlet that published the article.")
    public List<@NonNull OutletView> outlet(@Source List<ArticleView> sources) {
        return Rows.oneInOrder(sources, ArticleView::outletId,
                ReadAhead.of(context).outlets(Rows.keys(sources, ArticleView::outletId), articles::outlets));
    }

    @Description("Cleaned text (page noise removed); quote offsets point into it.")
    public List<@NonNull String> body(@Source List<ArticleView> sources) {
        return Rows.oneInOrder(sources, ArticleView::id, articles.bodies(Rows.keys(sources, ArticleView::id)));
    }

    @Description("The quotes of the article in the order they appear.")
    public List<@NonNull List<@NonNull QuoteView>> quotes(@Source List<ArticleView> sources, @Description(Paging.LIMIT) Integer first) {
        QuoteRows rows = quotes.byArticles(Rows.keys(sources, ArticleView::id), Paging.limit(first), ReadAhead.quoteJoins(context, ""));
        ReadAhead.of(context).remember(rows);
        return Rows.inOrder(sources, ArticleView::id, rows.byParent());
    }

    @Description("The events the article reports.")
    public List<@NonNull List<@NonNull EventView>> events(@Source List<ArticleView> sources, @Description(Paging.LIMIT) Integer first) {
        return Rows.inOrder(sources, ArticleView::id, events.byArticles(Rows.keys(sources, ArticleView::id), Paging.limit(first)));
    }
}
