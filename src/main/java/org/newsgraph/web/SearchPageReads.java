package org.newsgraph.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsgraph.common.Cursor;
import org.newsgraph.common.Page;
import org.newsgraph.common.Rows;
import org.newsgraph.event.EventQueries;
import org.newsgraph.event.EventView;
import org.newsgraph.person.PersonQueries;
import org.newsgraph.person.PersonView;
import org.newsgraph.quote.QuoteFilter;
import org.newsgraph.quote.QuoteQueries;
import org.newsgraph.quote.QuoteView;

/**
 * Search, with the API's Arabic-aware matching (hamza, alef, taa marbuta, diacritics, و/ال prefixes): the people
 * whose names match ({@code people(search:)}), the quotes whose text matches ({@code quotes(search:)}), the events
 * the people found took part in, and the articles of the quotes found. Each list is paged by its own cursor; nine
 * reads at most whatever the number of matches.
 */
@ApplicationScoped
public class SearchPageReads {
    static final int PER_PAGE = 20;
    static final int EVENTS_PER_PERSON = 5;

    @Inject
    PersonQueries people;
    @Inject
    QuoteQueries quotes;
    @Inject
    EventQueries events;
    @Inject
    QuoteLines lines;


    public record SearchPage(String q, List<PersonView> people, long peopleCount, String peopleNext, List<QuoteLine> quotes,
            long quoteCount, String quotesNext, List<EventView> events, List<QuoteLine> articles) {
    }

    public SearchPage read(String q, Cursor peopleAfter, Cursor quotesAfter) {
        if (q == null) {
            return new SearchPage(null, List.of(), 0, null, List.of(), 0, null, List.of(), List.of());
        }
        Page<PersonView> found = people.page(q, PER_PAGE, peopleAfter);
        QuoteFilter filter = new QuoteFilter(null, null, q, null, null, null, null, null);
        Page<QuoteView> said = quotes.page(filter, PER_PAGE, quotesAfter);
        List<QuoteLine> quoteLines = lines.of(said.items());

        Map<Long, EventView> eventsOfPeople = new LinkedHashMap<>();
        events.byParticipants(Rows.keys(found.items(), PersonView::id), EVENTS_PER_PERSON).values()
                .forEach(list -> list.forEach(e -> eventsOfPeople.putIfAbsent(e.id(), e)));
        Map<Long, QuoteLine> articles = new LinkedHashMap<>();
        quoteLines.forEach(line -> articles.putIfAbsent(line.quote().articleId(), line));
        return new SearchPage(q, found.items(), people.count(q), next(found, PersonQueries::cursorOf), quoteLines, quotes.count(filter),
                next(said, QuoteQueries::cursorOf), List.copyOf(eventsOfPeople.values()), List.copyOf(articles.values()));
    }

    private static <T> String next(Page<T> page, Function<T, Cursor> cursorOf) {
        return page.hasNext() ? cursorOf.apply(page.items().get(page.items().size() - 1)).encode() : null;
    }
}
