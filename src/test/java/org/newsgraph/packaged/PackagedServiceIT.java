package org.newsgraph.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.newsgraph.security.TestKeys;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/**
 * The packaged application (the jar in target/quarkus-app, or the native executable with -Dnative), started as
 * operators start it: ingestion and GraphQL reads, the JSON bodies of REST answers and refusals, health.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedJarConfig.class)
class PackagedServiceIT {
    private static final String BODY = "قال سامي الخطيب: «نحن مستعدون للحوار مع جميع الأطراف».";

    @Test
    void articleIngestedOverRestIsReadBackOverGraphQL() {
        given().header(TestKeys.editor()).contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.org/packaged/1", "outlet", "صحيفة المثال", "publishedAt", "2024-03-05T10:00:00Z",
                        "body", BODY))
                .post("/articles").then().statusCode(201)
                .body("created", equalTo(true)).body("result", equalTo("CREATED")).body("quotes", equalTo(1));

        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ quotes(first: 5, search: \"الحوار\") { edges { node { text speaker { name } article { url } } } } }"))
                .post("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.quotes.edges.node.text", hasItem("نحن مستعدون للحوار مع جميع الأطراف"))
                .body("data.quotes.edges.node.speaker.name", hasItem("سامي الخطيب"))
                .body("data.quotes.edges.node.article.url", hasItem("https://example.org/packaged/1"));
    }

    @Test
    void refusalsAnswerWithTheirJsonBodies() {
        given().header(TestKeys.editor()).contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://example.org/1", "outlet", "صحيفة", "body", BODY))
                .post("/articles").then().statusCode(400)
                .body("code", equalTo("BAD_USER_INPUT")).body("field", equalTo("url"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://example.org/2", "outlet", "صحيفة", "body", BODY))
                .post("/articles").then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
        given().contentType(ContentType.JSON).body(Map.of("query", "{ articles(first: -1) { totalCount } }"))
                .post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }
}
