package org.newsgraph.graph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsgraph.security.TestKeys;
import org.newsgraph.support.Database;
import org.newsgraph.support.GraphQL;
import org.newsgraph.support.SyntheticArticles.Article;
import org.newsgraph.support.SyntheticArticles;
import org.newsgraph.writelock.GraphWriteLock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Ingestions and corrections while a graph import holds the write lock: they wait for it, and when it outlasts their
 * wait they are refused, saying why, and write nothing; the import stores its whole file all the same. A second import
 * is a conflict.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WritesDuringGraphImportIT {
    private static final String RUNNING = "GRAPH_IMPORT_RUNNING";
    private static final String ADD_ALIAS = "mutation($p: ID!) { addAlias(person: $p, alias: \"أبو فادي\") { id aliases } }";

    @Inject
    Database database;
    @Inject
    DataSource dataSource;

    /** A graph as the export writes it, what importing it stores, and one of its people. */
    private byte[] graphFile;
    private Map<String, Long> imported;
    private String personId;

    /** The first time (REST Assured knows the test port from then on): export a graph, import it, note what it stores. */
    @BeforeEach
    void aGraphFileAndAnEmptyDatabase() {
        if (graphFile == null) {
            database.clear();
            SyntheticArticles.set(4, 6, 4).forEach(article -> given().header(TestKeys.editor()).contentType(ContentType.JSON)
                    .body(article.input()).post("/articles").then().statusCode(201));
            graphFile = given().header(TestKeys.bearer(TestKeys.ADMIN)).get("/graph/export").then().statusCode(200).extract().asByteArray();
            database.clear();
            given().header(TestKeys.editor()).contentType(GraphResource.NDJSON).body(graphFile).post("/graph/import").then().statusCode(200);
            imported = database.rowCounts();
            personId = GraphQL.data("{ people(first: 1) { edges { node { id } } } }").getString("people.edges[0].node.id");
        }
        database.clear();
    }

    @Test
    void anIngestDuringAGraphImportIsRefusedAsUnavailableSayingAnImportIsRunning() throws Exception {
        Article article = SyntheticArticles.article(5, 0, 2);
        try (RunningImport running = RunningImport.start(dataSource, graphFile)) {
            given().header(TestKeys.editor()).contentType(ContentType.JSON).body(article.input()).post("/articles").then()
                    .statusCode(503).header("Retry-After", "5")
                    .body("code", equalTo(RUNNING)).body("message", startsWith("a graph import is running"));

            JsonPath answer = GraphQL.post("mutation($in: ArticleInput!) { ingestArticle(input: $in) { created } }",
                    Map.of("in", article.input()));
            assertEquals(RUNNING, answer.getString("errors[0].extensions.code"), answer.prettify());
            assertTrue(answer.getString("errors[0].message").startsWith("a graph import is running"), answer.prettify());
            assertNull(answer.get("errors[0].extensions.errorId"), "a refusal, not an unexpected error");

            assertEquals(200, running.finish().statusCode());
        }
        assertEquals(imported, database.rowCounts(), "the whole file, and nothing of the refused article");
    }

    @Test
    void aCorrectionDuringAGraphImportThatOutlastsItsWaitIsRefusedSayingAnImportIsRunning() throws Exception {
        try (RunningImport running = RunningImport.start(dataSource, graphFile)) {
            JsonPath answer = GraphQL.post(ADD_ALIAS, Map.of("p", personId));
            assertEquals(RUNNING, answer.getString("errors[0].extensions.code"), answer.prettify());

            assertEquals(200, running.finish().statusCode());
        }
        assertEquals(imported, database.rowCounts(), "no alias, no correction stored");
    }

    @Test
    void aGraphImportWhileAnotherInstanceImportsIsRefusedAsAConflict() throws Exception {
        try (Connection otherInstance = dataSource.getConnection()) {
            otherInstance.setAutoCommit(false);
            GraphWriteLock.take(otherInstance);
            given().header(TestKeys.editor()).contentType(GraphResource.NDJSON).body(graphFile).post("/graph/import").then()
                    .statusCode(409).body("message", equalTo("another graph import is running"));
            otherInstance.rollback();
            otherInstance.setAutoCommit(true);
        }
        assertEquals(0, database.rowCounts().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aCorrectionWaitsForAGraphImportAndAppliesToThePersonItImported() throws Exception {
        CompletableFuture<JsonPath> correction;
        try (RunningImport running = RunningImport.start(dataSource, graphFile)) {
            // without the lock it would answer at once that there is no such person: the import has not committed it
            correction = CompletableFuture.supplyAsync(() -> GraphQL.post(ADD_ALIAS, Map.of("p", personId)));
            running.awaitWriterWaiting();
            assertFalse(correction.isDone(), "the correction waits for the import");

            assertEquals(200, running.finish().statusCode());
        }
        JsonPath answer = correction.get(30, TimeUnit.SECONDS);
        assertNull(answer.get("errors"), answer.prettify());
        assertEquals(personId, answer.getString("data.addAlias.id"));
        assertTrue(answer.getList("data.addAlias.aliases", String.class).contains("أبو فادي"), answer.prettify());
        Map<String, Long> rows = database.rowCounts();
        assertEquals(imported.get("person_alias") + 1, rows.get("person_alias"));
        assertEquals(1L, rows.get("correction"));
    }
}
