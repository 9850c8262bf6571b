package org.newsgraph.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.article.ArticleView;
import org.newsgraph.article.OutletView;
import org.newsgraph.event.EventView;
import org.newsgraph.person.PersonView;

/** Quotes grouped by their parent, with the related rows read alongside them (see {@link QuoteJoins}). */
public record QuoteRows(Map<Long, List<QuoteView>> byParent, Map<Long, PersonView> speakers, Map<Long, EventView> events,
        Map<Long, ArticleView> articles, Map<Long, OutletView> outlets) {

    static QuoteRows empty() {
        return new QuoteRows(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
    }
}
