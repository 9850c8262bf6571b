package org.newsgraph.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.SessionFactory;
import org.newsgraph.common.SqlReads;

/** Test access to the database: empty it between tests, count rows, count the statements a request sends. */
@ApplicationScoped
public class Database {
    /** Children before parents, so deletes never break a foreign key. */
    public static final List<String> TABLES = List.of("correction", "event_claim", "quote", "event_mention", "event_participant",
            "event", "person_token", "person_alias", "person", "article_text", "article", "outlet");

    @Inject
    EntityManager em;
    @Inject
    SessionFactory sessionFactory;
    @Inject
    SqlReads reads;

    @Transactional
    public void clear() {
        for (String table : TABLES) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
    }

    /** Row count of every table: equal maps before and after a rejected request prove it changed nothing. */
    @Transactional
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
        }
        return counts;
    }

    /** SQL statements sent so far, by Hibernate and by the plain JDBC reads: compare before and after a request. */
    public long statements() {
        return sessionFactory.getStatistics().getPrepareStatementCount() + reads.statements();
    }

    /** Rows the plain JDBC reads have returned so far. */
    public long rowsRead() {
        return reads.rows();
    }
}
