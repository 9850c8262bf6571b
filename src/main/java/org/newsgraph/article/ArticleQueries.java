package org.newsgraph.article;

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
import org.newsgraph.common.SqlReads;

/** Reads of articles, their outlets and bodies. Lists run newest first, then by id descending. */
@ApplicationScoped
public class ArticleQueries {
    private static final String FROM_ARTICLE = "select " + ArticleView.COLUMNS + " from article a";
    private static final String NEWEST_FIRST = "a.sort_time desc, a.id desc";

    @Inject
    SqlReads sql;

    public Map<Long, ArticleView> byIds(Collection<Long> ids) {
        return sql.byId(FROM_ARTICLE + " where a.id in ", ids, row -> ArticleView.read(row, 1));
    }

    /** The article stored under exactly this url, or null. */
    public ArticleView byUrl(String url) {
        return sql.list(FROM_ARTICLE + " where a.url = ?", List.of(url), row -> ArticleView.read(row, 1)).stream().findFirst().orElse(null);
    }

    /** Articles by id and their outlets, read in the same statement. */
    public record WithOutlets(Map<Long, ArticleView> articles, Map<Long, OutletView> outlets) {
    }

    public WithOutlets byIdsWithOutlets(Collection<Long> ids) {
        WithOutlets out = new WithOutlets(new HashMap<>(), new HashMap<>());
        for (ArticleView article : sql.forIds("select " + ArticleView.COLUMNS + ", " + OutletView.COLUMNS
                + " from article a join outlet o on o.id = a.outlet_id where a.id in ", ids, "", row -> {
                    OutletView outlet = OutletView.read(row, 1 + ArticleView.WIDTH);
                    out.outlets().put(outlet.id(), outlet);
                    return ArticleView.read(row, 1);
                })) {
            out.articles().put(article.id(), article);
        }
        return out;
    }

    public Page<ArticleView> page(String outlet, int first, Cursor after) {
        StringBuilder query = new StringBuilder(FROM_ARTICLE).append(" where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        where(outlet, query, parameters);
        if (after != null) {
            long afterTime = after.numericKey("after");
            query.append(" and (a.sort_time < ? or (a.sort_time = ? and a.id < ?))");
            parameters.addAll(List.of(afterTime, afterTime, after.id()));
        }
        query.append(" order by ").append(NEWEST_FIRST);
        return sql.page(query.toString(), parameters, first, row -> ArticleView.read(row, 1));
    }

    public long count(String outlet) {
        StringBuilder query = new StringBuilder("select count(*) from article a where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        where(outlet, query, parameters);
        return sql.count(query.toString(), parameters);
    }

    private static void where(String outlet, StringBuilder query, List<Object> parameters) {
        if (outlet != null) {
            query.append(" and a.outlet_id = (select o.id from outlet o where o.name = ?)");
            parameters.add(outlet);
        }
    }

    public static Cursor cursorOf(ArticleView article) {
        return Cursor.of(article.sortTime(), article.id());
    }

    public Map<Long, OutletView> outlets(Collection<Long> outletIds) {
        return sql.byId("select " + OutletView.COLUMNS + " from outlet o where o.id in ", outletIds, row -> OutletView.read(row, 1));
    }

    public Map<Long, String> bodies(Collection<Long> articleIds) {
        return sql.byId("select t.article_id, t.body from article_text t where t.article_id in ", articleIds, row -> row.getString(2));
    }

    /** The cleaned body and the raw text as sent, or null for an unknown article. */
    public ArticleTexts texts(long articleId) {
        List<ArticleTexts> rows = sql.list("select t.body, t.raw_body from article_text t where t.article_id = ?", List.of(articleId),
                row -> new ArticleTexts(row.getString(1), row.getString(2)));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The articles reporting each event, newest first. */
    public Map<Long, List<ArticleView>> byEvents(Collection<Long> eventIds, Integer first) {
        return Rows.limit(sql.grouped("select m.event_id, " + ArticleView.COLUMNS
                + " from event_mention m join article a on a.id = m.article_id where m.event_id in ", eventIds,
                " order by m.event_id, " + NEWEST_FIRST, row -> ArticleView.read(row, 2)), first);
    }
}
