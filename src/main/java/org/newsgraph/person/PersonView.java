package org.newsgraph.person;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.kinds.PersonKind;

@Name("Person")
@Description("A real-world person (or an anonymous/institutional source) that speaks or takes part in events.")
public record PersonView(
        @Id @Description("Stable id of the person.") long id,
        @NonNull @Description("Canonical display name.") String name,
        @Description("Role as learnt from articles, e.g. \"Kremlin spokesman\".") String role,
        @NonNull @Description("Named person, anonymous source or institution.") PersonKind kind) {

    /** SQL select list for a person aliased {@code p}, read back by {@link #read}. */
    public static final String COLUMNS = "p.id, p.name, p.role, p.kind";
    /** Number of columns in {@link #COLUMNS}. */
    public static final int WIDTH = 4;

    /** The person in the columns from {@code at} (1-based) of the row. */
    public static PersonView read(ResultSet row, int at) throws SQLException {
        return new PersonView(row.getLong(at), row.getString(at + 1), row.getString(at + 2), PersonKind.valueOf(row.getString(at + 3)));
    }
}
