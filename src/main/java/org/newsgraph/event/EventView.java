package org.newsgraph.event;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Event")
@Description("A real-world event (call, summit, talks...) merged across every article that reports it.")
public record EventView(
        @Id @Description("Stable id of the event.") long id,
        @NonNull @Description("What sort of event it is.") EventKind kind,
        @NonNull @Description("A short title built from its kind and participants.") String title,
        @Description("First day of the event.") LocalDate startsOn,
        @Description("Last day, when the event spans several days.") LocalDate endsOn,
        @Description("Where it took place, as the articles name it.") String location,
        @Description("Confidence in [0,1] that this is a real, correctly dated event.") double confidence) {

    /** HQL select list for an event aliased {@code e}, read back by {@link #of}. */
    public static final String COLUMNS = "e.id, e.kind, e.title, e.startsOn, e.endsOn, e.location, e.confidence";
    /** Number of columns in {@link #COLUMNS}. */
    public static final int WIDTH = 7;

    public static EventView of(Object[] row, int at) {
        return new EventView((Long) row[at], (EventKind) row[at + 1], (String) row[at + 2], (LocalDate) row[at + 3],
                (LocalDate) row[at + 4], (String) row[at + 5], (Double) row[at + 6]);
    }

    /** Position in the events list: newest first, undated last. */
    public int sortDay() {
        return Event.sortDay(startsOn);
    }
}
