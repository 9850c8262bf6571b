package org.newsgraph.event;

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

/** Reads of events: by id, the filtered list newest first, and the events of people and articles. */
@ApplicationScoped
public class EventQueries {
    private static final String FROM_EVENT = "select " + EventView.COLUMNS + " from Event e";

    @Inject
    EntityManager em;

    public Map<Long, EventView> byIds(Collection<Long> ids) {
        return Rows.byId(em, FROM_EVENT + " where e.id in :ids", ids, row -> EventView.of(row, 0));
    }

    /** Events newest first (undated last), then by id descending; {@code after} continues a previous page. */
    public Page<EventView> page(EventFilter filter, int first, Cursor after) {
        StringBuilder hql = new StringBuilder(FROM_EVENT).append(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(filter, hql, params);
        if (after != null) {
            hql.append(" and (e.sortDay < :afterDay or (e.sortDay = :afterDay and e.id < :afterId))");
            params.put("afterDay", (int) after.numericKey("after"));
            params.put("afterId", after.id());
        }
        hql.append(" order by e.sortDay desc, e.id desc");
        return Rows.page(em, hql.toString(), params, first, row -> EventView.of(row, 0));
    }

    public long count(EventFilter filter) {
        StringBuilder hql = new StringBuilder("select count(e) from Event e where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(filter, hql, params);
        TypedQuery<Long> query = em.createQuery(hql.toString(), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static void where(EventFilter filter, StringBuilder hql, Map<String, Object> params) {
        if (filter.from() != null) {
            hql.append(" and e.sortDay >= :fromDay");
            params.put("fromDay", Event.sortDay(filter.from()));
        }
        if (filter.to() != null) {
            hql.append(" and e.sortDay <= :toDay and e.sortDay > :unknownDay");
            params.put("toDay", Event.sortDay(filter.to()));
            params.put("unknownDay", Event.UNKNOWN_DAY);
        }
        if (filter.kind() != null) {
            hql.append(" and e.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.participant() != null) {
            hql.append(" and exists (select 1 from EventParticipant ep where ep.eventId = e.id and ep.personId = :participant)");
            params.put("participant", filter.participant());
        }
    }

    /** The events each person took part in, newest first. */
    public Map<Long, List<EventView>> byParticipants(Collection<Long> personIds, Integer first) {
        return Rows.limit(Rows.group(Rows.select(em, "select ep.personId, " + EventView.COLUMNS
                + " from EventParticipant ep join Event e on e.id = ep.eventId where ep.personId in :ids"
                + " order by ep.personId, e.sortDay desc, e.id desc", personIds), row -> EventView.of(row, 1)), first);
    }

    /** The events each article reports, newest first. */
    public Map<Long, List<EventView>> byArticles(Collection<Long> articleIds, Integer first) {
        return Rows.limit(Rows.group(Rows.select(em, "select m.articleId, " + EventView.COLUMNS
                + " from EventMention m join Event e on e.id = m.eventId where m.articleId in :ids"
                + " order by m.articleId, e.sortDay desc, e.id desc", articleIds), row -> EventView.of(row, 1)), first);
    }

    /** What each article says about each event, grouped by event, by attribute then article. */
    public Map<Long, List<ClaimView>> claims(Collection<Long> eventIds) {
        return Rows.group(Rows.select(em, "select c.eventId, " + ClaimView.COLUMNS + " from EventClaim c where c.eventId in :ids"
                + " order by c.eventId, c.attribute, c.articleId, c.startOffset", eventIds), row -> ClaimView.of(row, 1));
    }

    /** For each event: how many articles report it, and from how many distinct outlets. */
    public Map<Long, long[]> sourceCounts(Collection<Long> eventIds) {
        Map<Long, long[]> out = new HashMap<>();
        for (Object[] row : Rows.select(em, "select m.eventId, count(m), count(distinct a.outlet.id) from EventMention m"
                + " join Article a on a.id = m.articleId where m.eventId in :ids group by m.eventId", eventIds)) {
            out.put((Long) row[0], new long[] {(Long) row[1], (Long) row[2]});
        }
        return out;
    }
}
