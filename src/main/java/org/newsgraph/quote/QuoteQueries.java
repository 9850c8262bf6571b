package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.newsgraph.common.Cursor;
import org.newsgraph.common.Page;
import org.newsgraph.common.Rows;
import org.newsgraph.common.SearchPattern;

/**
 * Reads of quotes. Lists run newest article first, then by quote id (ids follow the order of the article), so a
 * speaker's timeline is one range of the (speaker, sort time, id) index whatever the size of the data.
 */
@ApplicationScoped
public class QuoteQueries {
    private static final String TIMELINE_ORDER = "q.sortTime desc, q.id";

    @Inject
    EntityManager em;

    public Page<QuoteView> page(QuoteFilter filter, int first, Cursor after) {
        StringBuilder hql = new StringBuilder("select " + QuoteView.COLUMNS + " from Quote q where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(filter, hql, params);
        afterCursor(after, hql, params);
        hql.append(" order by ").append(TIMELINE_ORDER);
        TypedQuery<Object[]> query = em.createQuery(hql.toString(), Object[].class).setMaxResults(first + 1);
        params.forEach(query::setParameter);
        List<QuoteView> rows = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            rows.add(QuoteView.of(row, 0));
        }
        return Page.of(rows, first);
    }

    public long count(QuoteFilter filter) {
        StringBuilder hql = new StringBuilder("select count(q) from Quote q where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(filter, hql, params);
        TypedQuery<Long> query = em.createQuery(hql.toString(), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** How many quotes each speaker has. */
    public Map<Long, Long> countBySpeakers(Collection<Long> personIds) {
        Map<Long, Long> out = new HashMap<>();
        for (Object[] row : Rows.select(em, "select q.speakerId, count(q) from Quote q where q.speakerId in :ids"
                + " group by q.speakerId", personIds)) {
            out.put((Long) row[0], (Long) row[1]);
        }
        return out;
    }

    public static Cursor cursorOf(QuoteView quote) {
        return Cursor.of(quote.sortTime(), quote.id());
    }

    /** Statements made at or about each event, by quote id; {@code first} applies per event. */
    public Map<Long, List<QuoteView>> byEvents(Collection<Long> eventIds, Integer first, Long speaker) {
        Map<String, Object> params = new HashMap<>();
        String filter = "";
        if (speaker != null) {
            filter = " and q.speakerId = :speaker";
            params.put("speaker", speaker);
        }
        return perParent("eventId", "q.id", filter, eventIds, first, params);
    }

    /** Each person's quotes, newest first; {@code first} and {@code after} apply per person. */
    public Map<Long, List<QuoteView>> bySpeakers(Collection<Long> personIds, int first, Cursor after) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder filter = new StringBuilder();
        afterCursor(after, filter, params);
        return perParent("speakerId", TIMELINE_ORDER, filter.toString(), personIds, first, params);
    }

    /** Each article's quotes in the order they appear. */
    public Map<Long, List<QuoteView>> byArticles(Collection<Long> articleIds, Integer first) {
        return perParent("articleId", "q.position", "", articleIds, first, new HashMap<>());
    }

    /**
     * The quotes of several parents in one statement. With a limit, a window function numbers each parent's
     * quotes so that only the first rows of each travel, however many quotes a parent has.
     */
    private Map<Long, List<QuoteView>> perParent(String parent, String order, String filter, Collection<Long> ids,
            Integer first, Map<String, Object> params) {
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        String hql;
        if (first == null) {
            hql = "select q." + parent + ", " + QuoteView.COLUMNS + " from Quote q where q." + parent + " in :ids" + filter
                    + " order by q." + parent + ", " + order;
        } else {
            hql = "select q." + parent + ", " + QuoteView.COLUMNS + " from Quote q where q.id in (select w.id from ("
                    + "select q.id as id, row_number() over (partition by q." + parent + " order by " + order + ") as n"
                    + " from Quote q where q." + parent + " in :ids" + filter + ") w where w.n <= :first)"
                    + " order by q." + parent + ", " + order;
            params.put("first", (long) Math.max(0, first));
        }
        TypedQuery<Object[]> query = em.createQuery(hql, Object[].class).setParameter("ids", Rows.distinct(ids));
        params.forEach(query::setParameter);
        return Rows.group(query.getResultList(), row -> QuoteView.of(row, 1));
    }

    private static void where(QuoteFilter filter, StringBuilder hql, Map<String, Object> params) {
        if (filter.speaker() != null) {
            hql.append(" and q.speakerId = :speaker");
            params.put("speaker", filter.speaker());
        }
        if (filter.event() != null) {
            hql.append(" and q.eventId = :event");
            params.put("event", filter.event());
        }
        String pattern = SearchPattern.of(filter.search());
        if (pattern != null) {
            hql.append(" and q.textKey like :pattern escape '\\'");
            params.put("pattern", pattern);
        }
    }

    private static void afterCursor(Cursor after, StringBuilder hql, Map<String, Object> params) {
        if (after != null) {
            hql.append(" and (q.sortTime < :afterTime or (q.sortTime = :afterTime and q.id > :afterId))");
            params.put("afterTime", after.numericKey("after"));
            params.put("afterId", after.id());
        }
    }
}
