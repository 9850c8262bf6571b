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
import org.newsgraph.article.ArticleView;
import org.newsgraph.article.OutletView;
import org.newsgraph.event.EventView;
import org.newsgraph.person.PersonView;

/**
 * Reads of quotes. Lists run newest article first, then by quote id (ids follow the order of the article), so a
 * speaker's timeline is one range of the (speaker, sort time, id) index whatever the size of the data.
 */
@ApplicationScoped
public class QuoteQueries {
    private static final String TIMELINE_ORDER = "q.sortTime desc, q.id";

    @Inject
    EntityManager em;

    public QuoteView byId(long id) {
        List<Object[]> rows = em.createQuery("select " + QuoteView.COLUMNS + " from Quote q where q.id = :id", Object[].class)
                .setParameter("id", id).getResultList();
        return rows.isEmpty() ? null : QuoteView.of(rows.get(0), 0);
    }

    public Page<QuoteView> page(QuoteFilter filter, int first, Cursor after) {
        StringBuilder hql = new StringBuilder("select " + QuoteView.COLUMNS + " from Quote q where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(filter, hql, params);
        afterCursor(after, hql, params);
        hql.append(" order by ").append(TIMELINE_ORDER);
        return Rows.page(em, hql.toString(), params, first, row -> QuoteView.of(row, 0));
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
    public QuoteRows byEvents(Collection<Long> eventIds, Integer first, Long speaker, QuoteJoins joins) {
        Map<String, Object> params = new HashMap<>();
        String filter = "";
        if (speaker != null) {
            filter = " and q.speakerId = :speaker";
            params.put("speaker", speaker);
        }
        return perParent("eventId", "q.id", filter, eventIds, first, params, joins);
    }

    /** Each person's quotes, newest first; {@code first} and {@code after} apply per person. */
    public QuoteRows bySpeakers(Collection<Long> personIds, int first, Cursor after, QuoteJoins joins) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder filter = new StringBuilder();
        afterCursor(after, filter, params);
        return perParent("speakerId", TIMELINE_ORDER, filter.toString(), personIds, first, params, joins);
    }

    /** Each article's quotes in the order they appear. */
    public QuoteRows byArticles(Collection<Long> articleIds, Integer first, QuoteJoins joins) {
        return perParent("articleId", "q.position", "", articleIds, first, new HashMap<>(), joins);
    }

    /**
     * The quotes of several parents, joined with the related rows the request asks for: one statement, or two with a
     * per-parent limit (the ids first, from the index, then those rows).
     */
    private QuoteRows perParent(String parent, String order, String filter, Collection<Long> ids, Integer first,
            Map<String, Object> params, QuoteJoins joins) {
        if (ids.isEmpty()) {
            return QuoteRows.empty();
        }
        StringBuilder select = new StringBuilder("select q.").append(parent).append(", ").append(QuoteView.COLUMNS);
        StringBuilder from = new StringBuilder(" from Quote q");
        if (joins.speaker()) {
            select.append(", ").append(PersonView.COLUMNS);
            from.append(" left join Person p on p.id = q.speakerId");
        }
        if (joins.event()) {
            select.append(", ").append(EventView.COLUMNS);
            from.append(" left join Event e on e.id = q.eventId");
        }
        if (joins.article() || joins.outlet()) {
            select.append(", ").append(ArticleView.COLUMNS);
            from.append(" join Article a on a.id = q.articleId");
        }
        if (joins.outlet()) {
            select.append(", ").append(OutletView.COLUMNS);
            from.append(" join Outlet o on o.id = a.outlet.id");
        }
        String where;
        Map<String, Object> rowParams;
        if (first == null) {
            where = " where q." + parent + " in :ids" + filter;
            rowParams = params;
            rowParams.put("ids", Rows.distinct(ids));
        } else {
            List<Long> kept = firstOfEach(parent, order, filter, ids, first, params);
            if (kept.isEmpty()) {
                return QuoteRows.empty();
            }
            where = " where q.id in :ids";
            rowParams = Map.of("ids", kept);
        }
        TypedQuery<Object[]> query = em.createQuery(select.append(from).append(where).append(" order by q.").append(parent)
                .append(", ").append(order).toString(), Object[].class);
        rowParams.forEach(query::setParameter);
        return read(query.getResultList(), joins);
    }

    /**
     * The ids of the first {@code first} quotes of each parent, read from the (parent, order) index alone: only
     * those rows are then read whole, however many quotes a parent has.
     */
    private List<Long> firstOfEach(String parent, String order, String filter, Collection<Long> ids, int first,
            Map<String, Object> params) {
        TypedQuery<Object[]> query = em.createQuery("select q." + parent + ", q.id from Quote q where q." + parent + " in :ids"
                + filter + " order by q." + parent + ", " + order, Object[].class).setParameter("ids", Rows.distinct(ids));
        params.forEach(query::setParameter);
        List<Long> kept = new ArrayList<>();
        Object current = null;
        int taken = 0;
        for (Object[] row : query.getResultList()) {
            if (!row[0].equals(current)) {
                current = row[0];
                taken = 0;
            }
            if (taken++ < first) {
                kept.add((Long) row[1]);
            }
        }
        return kept;
    }

    /** Reads rows laid out as parent key, quote columns, then the joined views in the order they were added. */
    private static QuoteRows read(List<Object[]> rows, QuoteJoins joins) {
        QuoteRows out = QuoteRows.empty();
        for (Object[] row : rows) {
            QuoteView quote = QuoteView.of(row, 1);
            out.byParent().computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(quote);
            int at = 1 + QuoteView.WIDTH;
            if (joins.speaker()) {
                if (row[at] != null) {
                    out.speakers().put((Long) row[at], PersonView.of(row, at));
                }
                at += PersonView.WIDTH;
            }
            if (joins.event()) {
                if (row[at] != null) {
                    out.events().put((Long) row[at], EventView.of(row, at));
                }
                at += EventView.WIDTH;
            }
            if (joins.article() || joins.outlet()) {
                out.articles().put((Long) row[at], ArticleView.of(row, at));
                at += ArticleView.WIDTH;
            }
            if (joins.outlet()) {
                out.outlets().put((Long) row[at], OutletView.of(row, at));
            }
        }
        return out;
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
        if (filter.minConfidence() != null) {
            hql.append(" and q.confidence >= :minConfidence and (q.speakerConfidence is null or q.speakerConfidence >= :minConfidence)");
            params.put("minConfidence", filter.minConfidence());
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
