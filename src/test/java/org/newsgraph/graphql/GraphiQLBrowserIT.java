package org.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.support.GraphQL;
import org.newsgraph.support.NodeClients;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * GraphiQL (/q/graphql-ui) in a real browser, headless Chromium driven by src/test/node/graphiql.mjs: the page loads
 * the schema, runs a query and shows the answer. Every request the browser sends must be answered as the page
 * expects; it sends {@code Content-Type: application/json, application/json}, which was once refused with 415.
 */
@QuarkusTest
class GraphiQLBrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOT = Path.of("target/graphiql.png");
    private static final String URL = "https://example.org/graphiql/1";

    @TestHTTPResource("/")
    URI service;

    @Test
    void graphiqlLoadsTheSchemaRunsAQueryAndShowsTheAnswer() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), "this test drives Chromium, and " + CHROMIUM + " is missing: install it with"
                + " apt-get update && apt-get install -y chromium fonts-noto-core (.ci/run does)");
        String id = GraphQL.data("mutation($in: ArticleInput!) { ingestArticle(input: $in) { article { id } } }",
                Map.of("in", Map.of("url", URL, "outlet", "صحيفة المثال", "body", "قال سامي الخطيب: «نحن مستعدون للحوار».")))
                .getString("ingestArticle.article.id");
        Files.deleteIfExists(SCREENSHOT);

        NodeClients.Result result = NodeClients.run(Duration.ofMinutes(3), "graphiql.mjs", service.toString().replaceAll("/$", ""),
                "{ articleByUrl(url: \"" + URL + "\") { id url } }", SCREENSHOT.toAbsolutePath().toString());
        assertEquals(1, result.lines().size(), "one report: " + result.lines() + result.errors());
        JsonObject report = new JsonObject(result.lines().get(0));

        assertNull(report.getString("failure"), report.encodePrettily() + result.errors());
        assertEquals(List.of(), report.getJsonArray("pageErrors").getList());
        List<JsonObject> requests = report.getJsonArray("requests").stream().map(JsonObject.class::cast).toList();
        assertTrue(requests.size() >= 2, "the schema's introspection and the query: " + requests);
        requests.forEach(request -> assertEquals(200, request.getInteger("status"), request.encode()));
        assertTrue(report.getJsonArray("rootFields").getList().containsAll(List.of("events", "people", "articleByUrl")),
                "the documentation explorer lists the schema's queries: " + report.getJsonArray("rootFields"));
        assertEquals(new JsonObject().put("data", new JsonObject().put("articleByUrl", new JsonObject().put("id", id).put("url", URL))),
                new JsonObject(report.getString("answer")), "the answer pane shows the answer");
        assertEquals(0, result.exitCode(), result.errors());
        assertTrue(Files.size(SCREENSHOT) > 10_000, "a screenshot of the page with the answer: " + SCREENSHOT);
    }
}
