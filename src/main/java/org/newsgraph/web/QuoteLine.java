package org.newsgraph.web;

import org.newsgraph.article.ArticleView;
import org.newsgraph.article.OutletView;
import org.newsgraph.event.EventView;
import org.newsgraph.person.PersonView;
import org.newsgraph.quote.QuoteView;

/** A quote as the pages and exports show it: with its speaker, event, article and outlet (each may be null where unread). */
public record QuoteLine(QuoteView quote, PersonView speaker, EventView event, ArticleView article, OutletView outlet) {

    /** Link to the quote's span, highlighted in its article. */
    public String spanLink() {
        return "/articles/" + quote.articleId() + "#q" + quote.id();
    }

    public String outletName() {
        return outlet == null ? "" : outlet.name();
    }
}
