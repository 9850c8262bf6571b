package org.newsgraph.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.common.Sql;
import org.newsgraph.kinds.EventKind;

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

    /** SQL select list for an event aliased {@code e}, read back by {@link #read}. */
    public static final String COLUMNS = "e.id, e.kind, e.title, e.starts_on, e.ends_on, e.location, e.confidence";
    /** Number of columns in {@link #COLUMNS}. */
    public static final int WIDTH = 7;

    /** The event in the columns from {@code at} (1-based) of the row. */
    public static EventView read(ResultSet row, int at) throws SQLException {
        return new EventView(row.getLong(at), EventKind.valueOf(row.getString(at + 1)), row.getString(at + 2),
                Sql.getDate(row, at + 3), Sql.getDate(row, at + 4), row.getString(at + 5), row.getDouble(at + 6));
    }

    /** Position in the events list: newest first, undated last. */
    public int sortDay() {
        return Event.sortDay(startsOn);
    }
}
