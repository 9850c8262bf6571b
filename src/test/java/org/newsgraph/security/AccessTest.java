package org.newsgraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.support.Database;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;

/** Who may write: every mutation and REST write needs an editor key, export an admin key; reading is open. */
@QuarkusTest
class AccessTest {
    private static final String INGEST = """
            mutation($in: ArticleInput!) { ingestArticle(input: $in) { created article { url } } }""";
    private static final Header NONE = new Header("X-No-Key", "1");

    @Inject
    Database database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    static Map<String, Object> article(String url) {
        return Map.of("url", url, "outlet", "صحيفة المثال", "title", "عنوان",
                "publishedAt", "2024-03-05T10:00:00Z", "body", "قال الوزير: «نحن مستعدون للحوار».");
    }

    private static ValidatableResponse ingestOverGraphQL(Header key) {
        return given().header(key).contentType(ContentType.JSON)
                .body(Map.of("query", INGEST, "variables", Map.of("in", article("https://example.org/access/1"))))
                .post("/graphql").then();
    }

    private static ValidatableResponse ingestOverRest(Header key) {
        return given().header(key).contentType(ContentType.JSON).body(article("https://example.org/access/2"))
                .post("/articles").then();
    }

    @Test
    void mutationWithoutKeyIsUnauthenticatedWith401AndStoresNothing() {
        ingestOverGraphQL(NONE).statusCode(401).header("WWW-Authenticate", "Bearer")
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", equalTo(Refusals.NO_KEY))
                .body("data", equalTo(null));
        assertEquals(0L, database.rowCounts().get("article"));
    }

    @Test
    void mutationWithUnknownKeyIsRefusedWith401AndStoresNothing() {
        ingestOverGraphQL(TestKeys.bearer("not-a-configured-key-at-all")).statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        assertEquals(0L, database.rowCounts().get("article"));
    }

    @Test
    void authorizationThatIsNotABearerKeyIsRefusedWith401() {
        ingestOverGraphQL(new Header("Authorization", "Basic dXNlcjpwYXNz")).statusCode(401);
        ingestOverGraphQL(new Header("Authorization", "Bearer ")).statusCode(401);
        assertEquals(0L, database.rowCounts().get("article"));
    }

    @Test
    void mutationWithReaderKeyIsForbiddenAndStoresNothing() {
        ingestOverGraphQL(TestKeys.bearer(TestKeys.READER)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", equalTo(Refusals.TOO_WEAK));
        assertEquals(0L, database.rowCounts().get("article"));
    }

    @Test
    void editorAndAdminKeysMayIngest() {
        ingestOverGraphQL(TestKeys.editor()).statusCode(200).body("data.ingestArticle.created", equalTo(true));
        ingestOverRest(TestKeys.bearer(TestKeys.ADMIN)).statusCode(201);
        assertEquals(2L, database.rowCounts().get("article"));
    }

    @Test
    void restIngestWithoutKeyIs401AndWithReaderKeyIs403() {
        ingestOverRest(NONE).statusCode(401).header("WWW-Authenticate", "Bearer").body("code", equalTo("UNAUTHENTICATED"));
        ingestOverRest(TestKeys.bearer(TestKeys.READER)).statusCode(403).body("code", equalTo("FORBIDDEN"));
        ingestOverRest(TestKeys.bearer("not-a-configured-key-at-all")).statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        assertEquals(0L, database.rowCounts().get("article"));
    }

    @Test
    void readingNeedsNoKey() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ articles(first: 1) { edges { node { url } } } }"))
                .post("/graphql").then().statusCode(200).body("errors", equalTo(null));
    }

    @Test
    void graphImportNeedsAnEditorAndExportAnAdmin() {
        given().post("/graph/import").then().statusCode(401);
        given().header(TestKeys.bearer(TestKeys.READER)).post("/graph/import").then().statusCode(403);
        given().header(TestKeys.editor()).post("/graph/import").then().statusCode(not(oneOf(401, 403)));
        given().get("/graph/export").then().statusCode(401);
        given().header(TestKeys.editor()).get("/graph/export").then().statusCode(403);
        given().header(TestKeys.bearer(TestKeys.ADMIN)).get("/graph/export").then().statusCode(not(oneOf(401, 403)));
    }

    @Test
    void healthNeedsNoKey() {
        given().get("/q/health/live").then().statusCode(200);
    }
}
