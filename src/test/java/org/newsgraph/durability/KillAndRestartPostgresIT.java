package org.newsgraph.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.newsgraph.support.OverlappingClients;
import org.newsgraph.support.PostgresProfile;
import org.newsgraph.support.SyntheticArticles;
import org.newsgraph.support.SyntheticArticles.Article;

/**
 * The scenario on PostgreSQL, with the PostgreSQL build of the service (target/postgres), in a schema of its own that
 * is dropped before and after; and two instances writing to the same schema at once.
 */
@EnabledIf("org.newsgraph.support.PostgresProfile#reachable")
class KillAndRestartPostgresIT extends KillAndRestartScenario {
    private static final String SCHEMA = PostgresProfile.SCHEMA + "_crash";
    private static final String URL = "jdbc:postgresql://" + PostgresProfile.HOST + ":" + PostgresProfile.PORT + "/test";
    private static final String USER = System.getenv().getOrDefault("PG_TEST_USER", "postgres");
    private static final int CLIENTS = 8;

    @Override
    Path jar() {
        return Path.of("target/postgres/quarkus-app/quarkus-run.jar");
    }

    @Override
    Map<String, String> properties() {
        return Map.of("quarkus.flyway.schemas", SCHEMA);
    }

    @Override
    Map<String, String> environment() {
        return Map.of("QUARKUS_PROFILE", "postgres", "DB_URL", URL + "?currentSchema=" + SCHEMA, "DB_USER", USER, "DB_PASSWORD", "");
    }

    @Override
    void emptyDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Override
    String databaseName() {
        return "PostgreSQL";
    }

    @Override
    @AfterAll
    void stop() throws IOException {
        super.stop();
        try {
            emptyDatabase();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(30)
    void twoInstancesIngestingTheSameArticlesAtOnceStoreEachArticlePersonAndEventOnce() throws Exception {
        List<Article> articles = SyntheticArticles.set(2, 24, 8);
        long peopleBefore = StoredGraph.count(client(), "people");
        long eventsBefore = StoredGraph.count(client(), "events");
        try (ServiceProcess second = startService("second.log")) {
            List<ServiceClient> instances = List.of(client(), new ServiceClient(second));
            // clients 0, 2, 4, 6 send to the first instance, the others to the second
            Map<String, List<String>> outcomes = OverlappingClients.run(articles, CLIENTS, (client, article) -> {
                ServiceClient.Reply reply = instances.get(client % 2).ingest(article.input());
                return reply.status() < 300 ? reply.body().get("result").asText() : "HTTP " + reply.status() + " " + reply.body();
            });
            assertEquals(Map.of(), OverlappingClients.wrong(articles, outcomes, CLIENTS), "each url: one CREATED, the others UNCHANGED");
        }
        StoredGraph stored = StoredGraph.read(client());
        long people = articles.stream().flatMap(a -> Stream.of(a.caller(), a.callee())).distinct().count();
        System.out.printf("KillAndRestart[PostgreSQL]: %d clients on 2 instances x %d articles: %d people and %d events added"
                + " (expected %d and %d)%n", CLIENTS, articles.size(), StoredGraph.count(client(), "people") - peopleBefore,
                StoredGraph.count(client(), "events") - eventsBefore, people, SyntheticArticles.calls(articles.size()));
        assertEquals(List.of(), articles.stream().map(stored::incomplete).filter(problem -> problem != null).toList());
        assertEquals(List.of(), stored.duplicates(articles));
        assertEquals(people, StoredGraph.count(client(), "people") - peopleBefore);
        assertEquals(SyntheticArticles.calls(articles.size()), StoredGraph.count(client(), "events") - eventsBefore);
    }

    @Test
    @Order(40)
    void anArticleInsertedMeanwhileByAWriterOutsideTheLockIsRetriedAndAnswered() throws Exception {
        Article article = SyntheticArticles.article(3, 0, PEOPLE);
        try (Connection outsider = DriverManager.getConnection(URL + "?currentSchema=" + SCHEMA, USER, "")) {
            // e.g. a script or an older version: it takes the url without taking the write lock, and has not committed
            outsider.setAutoCommit(false);
            long outsiderPid = single(outsider, "SELECT pg_backend_pid()");
            long outlet = single(outsider, "SELECT nextval('outlet_seq')");
            try (PreparedStatement insert = outsider.prepareStatement("INSERT INTO outlet (id, name) VALUES (?, 'outsider')")) {
                insert.setLong(1, outlet);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = outsider.prepareStatement("INSERT INTO article (id, url, outlet_id, sort_time, language,"
                    + " content_hash, ingested_at) VALUES (nextval('article_seq'), ?, ?, 0, 'ar', 'outsider', now())")) {
                insert.setString(1, article.url());
                insert.setLong(2, outlet);
                insert.executeUpdate();
            }
            CompletableFuture<ServiceClient.Reply> ingest = CompletableFuture.supplyAsync(() -> client().ingest(article.input()));
            awaitBlockedBy(outsider, outsiderPid); // the service's insert of the same url waits for the outsider
            outsider.commit();

            ServiceClient.Reply reply = ingest.get(60, TimeUnit.SECONDS);
            assertEquals(200, reply.status(), reply.body().toString());
            assertEquals("UPDATED", reply.body().get("result").asText(), "the second attempt found the outsider's article");
        }
        assertNull(StoredGraph.read(client()).incomplete(article));
        assertTrue(client().get("/q/metrics").contains("newsgraph_ingest_retries_total 1.0"), "one retry");
    }

    private static void awaitBlockedBy(Connection c, long pid) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (single(c, "SELECT count(*) FROM pg_stat_activity WHERE " + pid + " = ANY(pg_blocking_pids(pid))") == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the service never waited for the outsider's insert");
            }
            ServiceProcess.pause(20);
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
