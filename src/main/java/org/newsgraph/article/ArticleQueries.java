package org.newsgraph.article;

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

/** Reads of articles, their outlets and bodies. Lists run newest first, then by id descending. */
@ApplicationScoped
public class ArticleQueries {
    private static final String FROM_ARTICLE = "select " + ArticleView.COLUMNS + " from Article a";

    @Inject
    EntityManager em;

    public Map<Long, ArticleView> byIds(Collection<Long> ids) {
        return Rows.byId(em, FROM_ARTICLE + " where a.id in :ids", ids, row -> ArticleView.of(row, 0));
    }

    public Page<ArticleView> page(String outlet, int first, Cursor after) {
        StringBuilder hql = new StringBuilder(FROM_ARTICLE).append(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(outlet, hql, params);
        if (after != null) {
            hql.append(" and (a.sortTime < :afterTime or (a.sortTime = :afterTime and a.id < :afterId))");
            params.put("afterTime", after.numericKey("after"));
            params.put("afterId", after.id());
        }
        hql.append(" order by a.sortTime desc, a.id desc");
        return Rows.page(em, hql.toString(), params, first, row -> ArticleView.of(row, 0));
    }

    public long count(String outlet) {
        StringBuilder hql = new StringBuilder("select count(a) from Article a where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(outlet, hql, params);
        TypedQuery<Long> query = em.createQuery(hql.toString(), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static void where(String outlet, StringBuilder hql, Map<String, Object> params) {
        if (outlet != null) {
            hql.append(" and a.outlet.name = :outlet");
            params.put("outlet", outlet);
        }
    }

    public static Cursor cursorOf(ArticleView article) {
        return Cursor.of(article.sortTime(), article.id());
    }

    public Map<Long, OutletView> outlets(Collection<Long> outletIds) {
        return Rows.byId(em, "select " + OutletView.COLUMNS + " from Outlet o where o.id in :ids", outletIds, row -> OutletView.of(row, 0));
    }

    public Map<Long, String> bodies(Collection<Long> articleIds) {
        Map<Long, String> out = new HashMap<>();
        for (Object[] row : Rows.select(em, "select t.articleId, t.body from ArticleText t where t.articleId in :ids", articleIds)) {
            out.put((Long) row[0], (String) row[1]);
        }
        return out;
    }

    /** The articles reporting each event, newest first. */
    public Map<Long, List<ArticleView>> byEvents(Collection<Long> eventIds, Integer first) {
        return Rows.limit(Rows.group(Rows.select(em, "select m.eventId, " + ArticleView.COLUMNS
                + " from EventMention m join Article a on a.id = m.articleId where m.eventId in :ids"
                + " order by m.eventId, a.sortTime desc, a.id desc", eventIds), row -> ArticleView.of(row, 1)), first);
    }
}
