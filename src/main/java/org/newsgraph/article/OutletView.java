package org.newsgraph.article;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Outlet")
@Description("A publication. Articles of one outlet count as one independent source.")
public record OutletView(@Id @Description("Stable id of the outlet.") long id, @NonNull @Description("The outlet's name.") String name,
        @Description("Country of the outlet, when known.") String country,
        @Description("Language code of the outlet, when known.") String language) {

    /** SQL select list for an outlet aliased {@code o}, read back by {@link #read}. */
    public static final String COLUMNS = "o.id, o.name, o.country, o.language";
    /** Number of columns in {@link #COLUMNS}. */
    public static final int WIDTH = 4;

    /** The outlet in the columns from {@code at} (1-based) of the row. */
    public static OutletView read(ResultSet row, int at) throws SQLException {
        return new OutletView(row.getLong(at), row.getString(at + 1), row.getString(at + 2), row.getString(at + 3));
    }
}
