package org.newsgraph.ingest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.newsgraph.security.TestKeys;
import org.newsgraph.support.Database;
import org.newsgraph.support.OverlappingClients;
import org.newsgraph.support.SyntheticArticles;
import org.newsgraph.support.SyntheticArticles.Article;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Clients ingesting the same articles, naming the same people and events, at the same moment over HTTP. */
@QuarkusTest
class ConcurrentIngestTest {
    private static final int CLIENTS = 8;
    private static final int ARTICLES = 24;
    private static final String INGEST = "mutation($in: ArticleInput!) { ingestArticle(input: $in) { created warnings } }";

    @Inject
    Database database;

    @Test
    void eightClientsIngestingTheSameArticlesAtOnceStoreEachArticlePersonAndEventOnce() throws Exception {
        database.clear();
        List<Article> articles = SyntheticArticles.set(0, ARTICLES, 8);

        // half the clients use POST /articles, half the ingestArticle mutation
        Map<String, List<String>> outcomes = OverlappingClients.run(articles, CLIENTS,
                (client, article) -> client % 2 == 0 ? viaRest(article) : viaGraphQL(article));

        assertEquals(Map.of(), OverlappingClients.wrong(articles, outcomes, CLIENTS), "each url: one CREATED, the others UNCHANGED");
        long people = articles.stream().flatMap(a -> Stream.of(a.caller(), a.callee())).distinct().count();
        int calls = SyntheticArticles.calls(ARTICLES);
        Map<String, Long> rows = database.rowCounts();
        System.out.printf("ConcurrentIngestTest: %d clients x %d articles = %d requests: %d articles, %d people, %d events, %d quotes stored%n",
                CLIENTS, ARTICLES, CLIENTS * ARTICLES, rows.get("article"), rows.get("person"), rows.get("event"), rows.get("quote"));
        assertEquals(ARTICLES, rows.get("article"));
        assertEquals(ARTICLES, rows.get("article_text"));
        assertEquals(SyntheticArticles.OUTLETS_PER_CALL, rows.get("outlet"));
        assertEquals(people, rows.get("person"));
        assertEquals(calls, rows.get("event"));
        assertEquals(2L * calls, rows.get("event_participant"));
        assertEquals(ARTICLES, rows.get("event_mention"));
        assertEquals(2L * ARTICLES, rows.get("quote"));
    }

    private static String viaRest(Article article) {
        Response response = given().header(TestKeys.editor()).contentType(ContentType.JSON).body(article.input()).post("/articles");
        return response.statusCode() < 300 ? response.path("result") : "HTTP " + response.statusCode() + " " + response.asString();
    }

    private static String viaGraphQL(Article article) {
        Response response = given().header(TestKeys.editor()).contentType(ContentType.JSON)
                .body(Map.of("query", INGEST, "variables", Map.of("in", article.input()))).post("/graphql");
        if (response.statusCode() != 200 || response.path("errors") != null) {
            return "HTTP " + response.statusCode() + " " + response.asString();
        }
        if (response.<Boolean>path("data.ingestArticle.created")) {
            return OverlappingClients.CREATED;
        }
        List<String> warnings = response.path("data.ingestArticle.warnings");
        return warnings.stream().anyMatch(w -> w.startsWith("unchanged")) ? OverlappingClients.UNCHANGED : "UPDATED";
    }
}
