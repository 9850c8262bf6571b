package org.newsgraph.person;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.newsgraph.common.Cursor;
import org.newsgraph.common.Page;
import org.newsgraph.common.Rows;
import org.newsgraph.common.SearchPattern;
import org.newsgraph.extraction.ArabicNormalizer;

/** Reads of people: by id, the searchable directory, aliases and event participants. */
@ApplicationScoped
public class PersonQueries {
    private static final String FROM_PERSON = "select " + PersonView.COLUMNS + " from Person p";

    @Inject
    EntityManager em;

    public Map<Long, PersonView> byIds(Collection<Long> ids) {
        return Rows.byId(em, FROM_PERSON + " where p.id in :ids", ids, row -> PersonView.of(row, 0));
    }

    /**
     * People in name order; {@code search} matches any alias whatever its hamza, alef, taa marbuta, diacritics or
     * و/ال prefixes.
     */
    public Page<PersonView> page(String search, int first, Cursor after) {
        StringBuilder hql = new StringBuilder(FROM_PERSON).append(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        String pattern = SearchPattern.of(search);
        if (pattern != null) {
            hql.append(" and exists (select 1 from PersonAlias pa where pa.personId = p.id and pa.aliasKey like :pattern escape '\\')");
            params.put("pattern", pattern);
        }
        if (after != null) {
            hql.append(" and (p.nameKey > :afterKey or (p.nameKey = :afterKey and p.id > :afterId))");
            params.put("afterKey", after.key());
            params.put("afterId", after.id());
        }
        hql.append(" order by p.nameKey, p.id");
        return Rows.page(em, hql.toString(), params, first, row -> PersonView.of(row, 0));
    }

    public long count(String search) {
        String pattern = SearchPattern.of(search);
        if (pattern == null) {
            return em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
        }
        return em.createQuery("select count(p) from Person p where exists (select 1 from PersonAlias pa"
                + " where pa.personId = p.id and pa.aliasKey like :pattern escape '\\')", Long.class)
                .setParameter("pattern", pattern).getSingleResult();
    }

    /** The cursor of a person in the directory order. */
    public static Cursor cursorOf(PersonView person) {
        return new Cursor(ArabicNormalizer.matchKey(person.name()), person.id());
    }

    /** Every surface form of each person's name, in the order they were first seen. */
    public Map<Long, List<String>> aliases(Collection<Long> personIds) {
        return Rows.group(Rows.select(em, "select pa.personId, pa.alias from PersonAlias pa where pa.personId in :ids"
                + " order by pa.personId, pa.id", personIds), row -> (String) row[1]);
    }

    /** The participants of each event, by person id. */
    public Map<Long, List<PersonView>> participants(Collection<Long> eventIds, Integer first) {
        return Rows.limit(Rows.group(Rows.select(em, "select ep.eventId, " + PersonView.COLUMNS
                + " from EventParticipant ep join Person p on p.id = ep.personId where ep.eventId in :ids"
                + " order by ep.eventId, p.id", eventIds), row -> PersonView.of(row, 1)), first);
    }
}
