package org.newsgraph.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsgraph.common.Cursor;
import org.newsgraph.common.Page;
import org.newsgraph.common.Rows;
import org.newsgraph.common.SqlReads;
import org.newsgraph.text.ArabicNormalizer;
import org.newsgraph.text.SearchPattern;

/** Reads of people: by id, the searchable directory, aliases and event participants. */
@ApplicationScoped
public class PersonQueries {
    private static final String FROM_PERSON = "select " + PersonView.COLUMNS + " from person p";
    private static final String ALIAS_MATCHES = " and exists (select 1 from person_alias pa where pa.person_id = p.id"
            + " and pa.alias_key like ? escape '\\')";

    @Inject
    SqlReads sql;

    public Map<Long, PersonView> byIds(Collection<Long> ids) {
        return sql.byId(FROM_PERSON + " where p.id in ", ids, row -> PersonView.read(row, 1));
    }

    /**
     * People in name order; {@code search} matches any alias whatever its hamza, alef, taa marbuta, diacritics or
     * و/ال prefixes.
     */
    public Page<PersonView> page(String search, int first, Cursor after) {
        StringBuilder query = new StringBuilder(FROM_PERSON).append(" where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        String pattern = SearchPattern.of(search);
        if (pattern != null) {
            query.append(ALIAS_MATCHES);
            parameters.add(pattern);
        }
        if (after != null) {
            query.append(" and (p.name_key > ? or (p.name_key = ? and p.id > ?))");
            parameters.addAll(List.of(after.key(), after.key(), after.id()));
        }
        query.append(" order by p.name_key, p.id");
        return sql.page(query.toString(), parameters, first, row -> PersonView.read(row, 1));
    }

    public long count(String search) {
        String pattern = SearchPattern.of(search);
        if (pattern == null) {
            return sql.count("select count(*) from person p", List.of());
        }
        return sql.count("select count(*) from person p where 1 = 1" + ALIAS_MATCHES, List.of(pattern));
    }

    /** The cursor of a person in the directory order. */
    public static Cursor cursorOf(PersonView person) {
        return new Cursor(ArabicNormalizer.matchKey(person.name()), person.id());
    }

    /** Every surface form of each person's name, in the order they were first seen. */
    public Map<Long, List<String>> aliases(Collection<Long> personIds) {
        return sql.grouped("select pa.person_id, pa.alias from person_alias pa where pa.person_id in ", personIds,
                " order by pa.person_id, pa.id", row -> row.getString(2));
    }

    /** The participants of each event, by person id. */
    public Map<Long, List<PersonView>> participants(Collection<Long> eventIds, Integer first) {
        return Rows.limit(sql.grouped("select ep.event_id, " + PersonView.COLUMNS
                + " from event_participant ep join person p on p.id = ep.person_id where ep.event_id in ", eventIds,
                " order by ep.event_id, p.id", row -> PersonView.read(row, 2)), first);
    }
}
