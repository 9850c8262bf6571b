package org.newsgraph.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsgraph.common.Cursor;
import org.newsgraph.common.Page;
import org.newsgraph.common.Rows;
import org.newsgraph.common.Sql;
import org.newsgraph.common.SqlReads;

/** Reads of events: by id, the filtered list newest first, and the events of people and articles. */
@ApplicationScoped
public class EventQueries {
    private static final String FROM_EVENT = "select " + EventView.COLUMNS + " from event e";
    /** Newest first, undated last, then by id descending. */
    private static final String NEWEST_FIRST = "e.sort_day desc, e.id desc";

    @Inject
    SqlReads sql;

    public Map<Long, EventView> byIds(Collection<Long> ids) {
        return sql.byId(FROM_EVENT + " where e.id in ", ids, row -> EventView.read(row, 1));
    }

    /** Events newest first (undated last), then by id descending; {@code after} continues a previous page. */
    public Page<EventView> page(EventFilter filter, int first, Cursor after) {
        StringBuilder query = new StringBuilder(FROM_EVENT).append(" where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        where(filter, query, parameters);
        if (after != null) {
            int afterDay = (int) after.numericKey("after");
            query.append(" and (e.sort_day < ? or (e.sort_day = ? and e.id < ?))");
            parameters.addAll(List.of(afterDay, afterDay, after.id()));
        }
        query.append(" order by ").append(NEWEST_FIRST);
        return sql.page(query.toString(), parameters, first, row -> EventView.read(row, 1));
    }

    public long count(EventFilter filter) {
        StringBuilder query = new StringBuilder("select count(*) from event e where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        where(filter, query, parameters);
        return sql.count(query.toString(), parameters);
    }

    private static void where(EventFilter filter, StringBuilder query, List<Object> parameters) {
        if (filter.from() != null) {
            query.append(" and e.sort_day >= ?");
            parameters.add(Event.sortDay(filter.from()));
        }
        if (filter.to() != null) {
            query.append(" and e.sort_day <= ? and e.sort_day > ?");
            parameters.add(Event.sortDay(filter.to()));
            parameters.add(Event.UNKNOWN_DAY);
        }
        if (filter.kind() != null) {
            query.append(" and e.kind = ?");
            parameters.add(filter.kind());
        }
        if (filter.participant() != null) {
            query.append(" and exists (select 1 from event_participant ep where ep.event_id = e.id and ep.person_id = ?)");
            parameters.add(filter.participant());
        }
    }

    /** The events each person took part in, newest first. */
    public Map<Long, List<EventView>> byParticipants(Collection<Long> personIds, Integer first) {
        return Rows.limit(sql.grouped("select ep.person_id, " + EventView.COLUMNS
                + " from event_participant ep join event e on e.id = ep.event_id where ep.person_id in ", personIds,
                " order by ep.person_id, " + NEWEST_FIRST, row -> EventView.read(row, 2)), first);
    }

    /** The events each article reports, newest first. */
    public Map<Long, List<EventView>> byArticles(Collection<Long> articleIds, Integer first) {
        return Rows.limit(sql.grouped("select m.article_id, " + EventView.COLUMNS
                + " from event_mention m join event e on e.id = m.event_id where m.article_id in ", articleIds,
                " order by m.article_id, " + NEWEST_FIRST, row -> EventView.read(row, 2)), first);
    }

    /** Where one article names each event it reports, in the order of the body. */
    public List<MentionSpan> mentionSpans(long articleId) {
        return sql.list("select m.event_id, m.start_offset, m.end_offset from event_mention m where m.article_id = ?"
                + " order by m.start_offset, m.event_id", List.of(articleId),
                row -> new MentionSpan(row.getLong(1), Sql.getInteger(row, 2), Sql.getInteger(row, 3)));
    }

    /** Each article's report of each event, in the order the articles were ingested (the order merges were decided). */
    public Map<Long, List<MentionView>> mentions(Collection<Long> eventIds, Integer first) {
        return Rows.limit(sql.grouped("select m.event_id, " + MentionView.COLUMNS + " from event_mention m where m.event_id in ",
                eventIds, " order by m.event_id, m.article_id", row -> MentionView.read(row, 2)), first);
    }

    /** What each article says about each event, grouped by event, by attribute then article. */
    public Map<Long, List<ClaimView>> claims(Collection<Long> eventIds) {
        return sql.grouped("select c.event_id, " + ClaimView.COLUMNS + " from event_claim c where c.event_id in ", eventIds,
                " order by c.event_id, c.attribute, c.article_id, c.start_offset", row -> ClaimView.read(row, 2));
    }

    /** For each event: how many articles report it, and from how many distinct outlets. */
    public Map<Long, long[]> sourceCounts(Collection<Long> eventIds) {
        Map<Long, long[]> out = new HashMap<>();
        for (long[] row : sql.forIds("select m.event_id, count(*), count(distinct a.outlet_id) from event_mention m"
                + " join article a on a.id = m.article_id where m.event_id in ", eventIds, " group by m.event_id",
                row -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3)})) {
            out.put(row[0], new long[] {row[1], row[2]});
        }
        return out;
    }
}
