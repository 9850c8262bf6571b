package org.newsgraph.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Outlet")
@Description("A publication. Articles of one outlet count as one independent source.")
public record OutletView(@Id @Description("Stable id of the outlet.") long id, @NonNull @Description("The outlet's name.") String name,
        @Description("Country of the outlet, when known.") String country,
        @Description("Language code of the outlet, when known.") String language) {

    /** HQL select list for an outlet aliased {@code o}, read back by {@link #of}. */
    public static final String COLUMNS = "o.id, o.name, o.country, o.language";
    /** Number of columns in {@link #COLUMNS}. */
    public static final int WIDTH = 4;

    public static OutletView of(Object[] row, int at) {
        return new OutletView((Long) row[at], (String) row[at + 1], (String) row[at + 2], (String) row[at + 3]);
    }
}
