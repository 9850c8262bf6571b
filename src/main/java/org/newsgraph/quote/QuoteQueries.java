package org.newsgraph.quote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsgraph.article.ArticleView;
import org.newsgraph.article.OutletView;
import org.newsgraph.common.Cursor;
import org.newsgraph.common.Page;
import org.newsgraph.common.Rows;
import org.newsgraph.common.Sql;
import org.newsgraph.common.SqlReads;
import org.newsgraph.event.EventView;
import org.newsgraph.person.PersonView;
import org.newsgraph.text.SearchPattern;

/**
 * Reads of quotes. Lists run newest article first, then by quote id (ids follow the order of the article), so a
 * speaker's timeline is one range of the (speaker, sort time, id) index whatever the size of the data.
 */
@ApplicationScoped
public class QuoteQueries {
    private static final String TIMELINE_ORDER = "q.sort_time desc, q.id";
    private static final String FROM_QUOTE = "select " + QuoteView.COLUMNS + " from quote q";

    @Inject
    SqlReads sql;

    public QuoteView byId(long id) {
        List<QuoteView> rows = sql.list(FROM_QUOTE + " where q.id = ?", List.of(id), row -> QuoteView.read(row, 1));
        return rows.isEmpty() ? null : rows.get(0);
    }

    public Page<QuoteView> page(QuoteFilter filter, int first, Cursor after) {
        StringBuilder query = new StringBuilder(FROM_QUOTE).append(" where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        where(filter, query, parameters);
        afterCursor(after, query, parameters);
        query.append(" order by ").append(TIMELINE_ORDER);
        return sql.page(query.toString(), parameters, first, row -> QuoteView.read(row, 1));
    }

    public long count(QuoteFilter filter) {
        StringBuilder query = new StringBuilder("select count(*) from quote q where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        where(filter, query, parameters);
        return sql.count(query.toString(), parameters);
    }

    /** How many quotes each speaker has. */
    public Map<Long, Long> countBySpeakers(Collection<Long> personIds) {
        Map<Long, Long> out = new HashMap<>();
        for (long[] row : sql.forIds("select q.speaker_id, count(*) from quote q where q.speaker_id in ", personIds,
                " group by q.speaker_id", row -> new long[] {row.getLong(1), row.getLong(2)})) {
            out.put(row[0], row[1]);
        }
        return out;
    }

    public static Cursor cursorOf(QuoteView quote) {
        return Cursor.of(quote.sortTime(), quote.id());
    }

    /** Statements made at or about each event, by quote id; {@code first} applies per event. */
    public QuoteRows byEvents(Collection<Long> eventIds, Integer first, Long speaker, QuoteJoins joins) {
        StringBuilder filter = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        if (speaker != null) {
            filter.append(" and q.speaker_id = ?");
            parameters.add(speaker);
        }
        return perParent("event_id", "q.id", filter.toString(), parameters, eventIds, first, joins);
    }

    /** Each person's quotes, newest first; {@code first} and {@code after} apply per person. */
    public QuoteRows bySpeakers(Collection<Long> personIds, int first, Cursor after, QuoteJoins joins) {
        StringBuilder filter = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        afterCursor(after, filter, parameters);
        return perParent("speaker_id", TIMELINE_ORDER, filter.toString(), parameters, personIds, first, joins);
    }

    /** Each article's quotes in the order they appear. */
    public QuoteRows byArticles(Collection<Long> articleIds, Integer first, QuoteJoins joins) {
        return perParent("article_id", "q.position", "", List.of(), articleIds, first, joins);
    }

    /**
     * The quotes of several parents, joined with the related rows the request asks for, in one statement. With a
     * per-parent limit the quotes are those of one limited index range per parent (a union of them), so only the
     * rows returned are read, however many quotes a parent has.
     */
    private QuoteRows perParent(String parent, String order, String filter, List<Object> filterParameters,
            Collection<Long> ids, Integer first, QuoteJoins joins) {
        if (ids.isEmpty() || (first != null && first == 0)) {
            return QuoteRows.empty();
        }
        StringBuilder query = new StringBuilder("select q.").append(parent).append(", ").append(QuoteView.COLUMNS);
        StringBuilder from = new StringBuilder(" from quote q");
        if (joins.speaker()) {
            query.append(", ").append(PersonView.COLUMNS);
            from.append(" left join person p on p.id = q.speaker_id");
        }
        if (joins.event()) {
            query.append(", ").append(EventView.COLUMNS);
            from.append(" left join event e on e.id = q.event_id");
        }
        if (joins.article() || joins.outlet()) {
            query.append(", ").append(ArticleView.COLUMNS);
            from.append(" join article a on a.id = q.article_id");
        }
        if (joins.outlet()) {
            query.append(", ").append(OutletView.COLUMNS);
            from.append(" join outlet o on o.id = a.outlet_id");
        }
        List<Object> parameters = new ArrayList<>();
        if (first == null) {
            query.append(from).append(" where q.").append(parent).append(" in ").append(Sql.in(Rows.distinct(ids), parameters))
                    .append(filter);
            parameters.addAll(filterParameters);
        } else {
            query.append(" from (").append(firstOfEach(parent, order, filter, filterParameters, ids, first, parameters))
                    .append(") k join quote q on q.id = k.id").append(from.substring(" from quote q".length()));
        }
        query.append(" order by q.").append(parent).append(", ").append(order);
        QuoteRows out = QuoteRows.empty();
        sql.each(query.toString(), parameters, row -> read(row, joins, out));
        return out;
    }

    /**
     * The ids of the first {@code first} quotes of each parent: a union of one limited index range per parent. The
     * parents are padded like an IN list (repeating the last), which the union's distinctness absorbs.
     */
    private static String firstOfEach(String parent, String order, String filter, List<Object> filterParameters,
            Collection<Long> ids, int first, List<Object> parameters) {
        StringBuilder union = new StringBuilder();
        for (Object id : Sql.padded(Rows.distinct(ids))) {
            if (union.length() > 0) {
                union.append(" union ");
            }
            union.append("(select q.id from quote q where q.").append(parent).append(" = ?").append(filter)
                    .append(" order by ").append(order).append(" limit ?)");
            parameters.add(id);
            parameters.addAll(filterParameters);
            parameters.add(first);
        }
        return union.toString();
    }

    /** Reads a row laid out as parent key, quote columns, then the joined views in the order they were added. */
    private static void read(ResultSet row, QuoteJoins joins, QuoteRows out) throws SQLException {
        QuoteView quote = QuoteView.read(row, 2);
        out.byParent().computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(quote);
        int at = 2 + QuoteView.WIDTH;
        if (joins.speaker()) {
            if (quote.speakerId() != null) {
                out.speakers().put(quote.speakerId(), PersonView.read(row, at));
            }
            at += PersonView.WIDTH;
        }
        if (joins.event()) {
            if (quote.eventId() != null) {
                out.events().put(quote.eventId(), EventView.read(row, at));
            }
            at += EventView.WIDTH;
        }
        if (joins.article() || joins.outlet()) {
            out.articles().put(quote.articleId(), ArticleView.read(row, at));
            at += ArticleView.WIDTH;
        }
        if (joins.outlet()) {
            out.outlets().put(row.getLong(at), OutletView.read(row, at));
        }
    }

    private static void where(QuoteFilter filter, StringBuilder query, List<Object> parameters) {
        if (filter.speaker() != null) {
            query.append(" and q.speaker_id = ?");
            parameters.add(filter.speaker());
        }
        if (filter.event() != null) {
            query.append(" and q.event_id = ?");
            parameters.add(filter.event());
        }
        if (filter.minConfidence() != null) {
            query.append(" and q.confidence >= ? and (q.speaker_confidence is null or q.speaker_confidence >= ?)");
            parameters.add(filter.minConfidence());
            parameters.add(filter.minConfidence());
        }
        String pattern = SearchPattern.of(filter.search());
        if (pattern != null) {
            query.append(" and q.text_key like ? escape '\\'");
            parameters.add(pattern);
        }
    }

    private static void afterCursor(Cursor after, StringBuilder query, List<Object> parameters) {
        if (after != null) {
            long afterTime = after.numericKey("after");
            query.append(" and (q.sort_time < ? or (q.sort_time = ? and q.id > ?))");
            parameters.addAll(List.of(afterTime, afterTime, after.id()));
        }
    }
}
