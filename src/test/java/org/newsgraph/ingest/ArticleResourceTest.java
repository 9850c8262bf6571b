package org.newsgraph.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.security.TestKeys;
import org.newsgraph.support.Database;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** POST /articles: the REST twin of the mutation, with HTTP status codes. */
@QuarkusTest
class ArticleResourceTest {
    @Inject
    Database database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @Test
    void aNewArticleIsCreatedAndTheSameUrlAgainIsOk() {
        Map<String, Object> article = IngestArticleTest.article("https://example.org/rest/1", IngestArticleTest.FIRST_BODY);
        given().header(TestKeys.editor()).contentType(ContentType.JSON).body(article).post("/articles")
                .then().statusCode(201).body("created", equalTo(true)).body("quotes", greaterThan(0));
        given().header(TestKeys.editor()).contentType(ContentType.JSON).body(article).post("/articles")
                .then().statusCode(200).body("created", equalTo(false));
        assertEquals(1L, database.rowCounts().get("article"));
    }

    @Test
    void aMissingUrlIsA400NamingTheField() {
        Map<String, Object> article = IngestArticleTest.article("https://example.org/rest/1", IngestArticleTest.FIRST_BODY);
        article.remove("url");
        given().header(TestKeys.editor()).contentType(ContentType.JSON).body(article).post("/articles")
                .then().statusCode(400).body("code", equalTo("BAD_USER_INPUT")).body("field", equalTo("url"));
        assertEquals(0L, database.rowCounts().get("article"));
    }

    @Test
    void malformedJsonIsA400() {
        given().header(TestKeys.editor()).contentType(ContentType.JSON).body("{\"url\": ").post("/articles")
                .then().statusCode(400);
    }

    @Test
    void anUnparseableDateIsA400NamingTheField() {
        Map<String, Object> article = IngestArticleTest.article("https://example.org/rest/1", IngestArticleTest.FIRST_BODY);
        article.put("publishedAt", "30/12/2021");
        given().header(TestKeys.editor()).contentType(ContentType.JSON).body(article).post("/articles")
                .then().statusCode(400).body("field", equalTo("publishedAt")).body("message", containsString("ISO-8601"));
    }
}
