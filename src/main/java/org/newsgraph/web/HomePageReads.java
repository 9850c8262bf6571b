package org.newsgraph.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsgraph.common.Cursor;
import org.newsgraph.common.Page;
import org.newsgraph.common.Rows;
import org.newsgraph.event.EventFilter;
import org.newsgraph.event.EventQueries;
import org.newsgraph.event.EventView;
import org.newsgraph.person.PersonQueries;
import org.newsgraph.person.PersonView;

/**
 * The front page: the latest events, newest first, grouped by day, each with its participants and how many articles
 * and independent outlets report it. Three reads per page of events (the events list, participants, source counts).
 */
@ApplicationScoped
public class HomePageReads {
    static final int EVENTS_PER_PAGE = 30;

    @Inject
    EventQueries events;
    @Inject
    PersonQueries people;

    public record EventRow(EventView event, List<PersonView> participants, long articles, long outlets) {
    }

    public record Day(String label, List<EventRow> events) {
    }

    /** {@code next}: the cursor of the following page, or null on the last. */
    public record HomePage(List<Day> days, String next) {
    }

    public HomePage read(Cursor after) {
        Page<EventView> page = events.page(new EventFilter(null, null, null, null), EVENTS_PER_PAGE, after);
        List<EventRow> rows = rows(page.items());
        Map<String, List<EventRow>> byDay = new LinkedHashMap<>();
        rows.forEach(row -> byDay.computeIfAbsent(Labels.arabic(row.event().startsOn()), k -> new ArrayList<>()).add(row));
        List<Day> days = new ArrayList<>();
        byDay.forEach((label, dayRows) -> days.add(new Day(label, dayRows)));
        EventView last = page.items().isEmpty() ? null : page.items().get(page.items().size() - 1);
        return new HomePage(days, page.hasNext() ? Cursor.of(last.sortDay(), last.id()).encode() : null);
    }

    /** Events with their participants and source counts, two reads for any number of events. */
    List<EventRow> rows(List<EventView> list) {
        List<Long> ids = Rows.keys(list, EventView::id);
        Map<Long, List<PersonView>> participants = people.participants(ids, null);
        Map<Long, long[]> counts = events.sourceCounts(ids);
        List<EventRow> out = new ArrayList<>(list.size());
        for (EventView event : list) {
            long[] count = counts.getOrDefault(event.id(), new long[2]);
            out.add(new EventRow(event, participants.getOrDefault(event.id(), List.of()), count[0], count[1]));
        }
        return out;
    }
}
