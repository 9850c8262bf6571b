package org.newsgraph.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsgraph.common.Cursor;
import org.newsgraph.common.Page;
import org.newsgraph.event.EventQueries;
import org.newsgraph.event.EventView;
import org.newsgraph.person.PersonQueries;
import org.newsgraph.person.PersonView;
import org.newsgraph.quote.QuoteFilter;
import org.newsgraph.quote.QuoteQueries;
import org.newsgraph.quote.QuoteView;

/**
 * A person's page: name, role, aliases, the events they took part in, and what they said over time (a page of the
 * quotes list, filtered by event and outlet as the API's quotes list is). Seven reads whatever the number of quotes.
 */
@ApplicationScoped
public class PersonPageReads {
    static final int QUOTES_PER_PAGE = 50;
    static final int MAX_EVENTS = 100;

    @Inject
    PersonQueries people;
    @Inject
    EventQueries events;
    @Inject
    QuoteQueries quotes;
    @Inject
    QuoteLines lines;

    /** Quotes of one publication day. */
    public record Day(String label, List<QuoteLine> quotes) {
    }

    public record PersonPage(PersonView person, List<String> aliases, List<EventView> events, List<Day> days, String next,
            Long event, String outlet, List<EventView> eventChoices, List<String> outletChoices) {
    }

    /** The page, or null when there is no such person. */
    public PersonPage read(long id, Long event, String outlet, Cursor after) {
        PersonView person = people.byIds(List.of(id)).get(id);
        if (person == null) {
            return null;
        }
        List<String> aliases = people.aliases(List.of(id)).getOrDefault(id, List.of());
        List<EventView> taking = events.byParticipants(List.of(id), MAX_EVENTS).getOrDefault(id, List.of());
        Page<QuoteView> page = quotes.page(new QuoteFilter(id, event, null, null, outlet, null, null, null), QUOTES_PER_PAGE, after);
        List<QuoteLine> said = lines.of(page.items());

        Map<String, List<QuoteLine>> byDay = new LinkedHashMap<>();
        said.forEach(line -> byDay.computeIfAbsent(Labels.arabic(publishedDay(line)), k -> new ArrayList<>()).add(line));
        List<Day> days = new ArrayList<>();
        byDay.forEach((label, dayLines) -> days.add(new Day(label, dayLines)));
        String next = page.hasNext() ? QuoteQueries.cursorOf(page.items().get(page.items().size() - 1)).encode() : null;

        Map<Long, EventView> eventChoices = new LinkedHashMap<>();
        taking.forEach(e -> eventChoices.put(e.id(), e));
        said.stream().filter(line -> line.event() != null).forEach(line -> eventChoices.putIfAbsent(line.event().id(), line.event()));
        TreeSet<String> outletChoices = new TreeSet<>();
        said.forEach(line -> outletChoices.add(line.outletName()));
        if (outlet != null) {
            outletChoices.add(outlet);
        }
        return new PersonPage(person, aliases, taking, days, next, event, outlet, List.copyOf(eventChoices.values()),
                List.copyOf(outletChoices));
    }

    private static LocalDate publishedDay(QuoteLine line) {
        return line.article().publishedAt() == null ? null : line.article().publishedAt().toLocalDate();
    }
}
