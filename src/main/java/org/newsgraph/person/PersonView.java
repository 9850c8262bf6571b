package org.newsgraph.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Person")
@Description("A real-world person (or an anonymous/institutional source) that speaks or takes part in events.")
public record PersonView(
        @Id @Description("Stable id of the person.") long id,
        @NonNull @Description("Canonical display name.") String name,
        @Description("Role as learnt from articles, e.g. \"Kremlin spokesman\".") String role,
        @NonNull @Description("Named person, anonymous source or institution.") PersonKind kind) {

    /** HQL select list for a person aliased {@code p}, read back by {@link #of}. */
    public static final String COLUMNS = "p.id, p.name, p.role, p.kind";
    /** Number of columns in {@link #COLUMNS}. */
    public static final int WIDTH = 4;

    public static PersonView of(Object[] row, int at) {
        return new PersonView((Long) row[at], (String) row[at + 1], (String) row[at + 2], (PersonKind) row[at + 3]);
    }
}
