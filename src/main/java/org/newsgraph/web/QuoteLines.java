package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsgraph.article.ArticleQueries;
import org.newsgraph.article.ArticleView;
import org.newsgraph.common.Rows;
import org.newsgraph.event.EventQueries;
import org.newsgraph.event.EventView;
import org.newsgraph.person.PersonQueries;
import org.newsgraph.person.PersonView;
import org.newsgraph.quote.QuoteRows;
import org.newsgraph.quote.QuoteView;

/**
 * Completes quotes into {@link QuoteLine}s: from the rows a joined read already holds, or, for a page of the quotes
 * list, with three batched reads whatever the number of quotes (speakers, events, articles with their outlets), the
 * ones the GraphQL resolvers use.
 */
@ApplicationScoped
public class QuoteLines {
    @Inject
    PersonQueries people;
    @Inject
    EventQueries events;
    @Inject
    ArticleQueries articles;

    public List<QuoteLine> of(List<QuoteView> quotes) {
        Map<Long, PersonView> speakers = people.byIds(Rows.keys(quotes, QuoteView::speakerId));
        Map<Long, EventView> eventsById = events.byIds(Rows.keys(quotes, QuoteView::eventId));
        ArticleQueries.WithOutlets read = articles.byIdsWithOutlets(Rows.keys(quotes, QuoteView::articleId));
        List<QuoteLine> out = new ArrayList<>(quotes.size());
        for (QuoteView quote : quotes) {
            ArticleView article = read.articles().get(quote.articleId());
            out.add(new QuoteLine(quote, speakers.get(quote.speakerId()), eventsById.get(quote.eventId()), article,
                    article == null ? null : read.outlets().get(article.outletId())));
        }
        return out;
    }

    /** The lines of quotes read with their related rows joined (what the joins did not read stays null). */
    public static List<QuoteLine> joined(List<QuoteView> quotes, QuoteRows rows) {
        List<QuoteLine> out = new ArrayList<>(quotes.size());
        for (QuoteView quote : quotes) {
            ArticleView article = rows.articles().get(quote.articleId());
            out.add(new QuoteLine(quote, rows.speakers().get(quote.speakerId()), rows.events().get(quote.eventId()), article,
                    article == null ? null : rows.outlets().get(article.outletId())));
        }
        return out;
    }
}
