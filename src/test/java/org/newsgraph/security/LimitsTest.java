package org.newsgraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.newsgraph.support.Database;

import graphql.introspection.IntrospectionQueryBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Hostile query shapes and sizes are refused with an error naming the limit; ordinary ones, introspection included, pass. */
@QuarkusTest
class LimitsTest {
    @Inject
    Database database;

    static ValidatableResponse query(String query) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query)).post("/graphql").then();
    }

    /** An article's quotes' article's quotes ... {@code levels} levels below the article. */
    static String nested(int levels) {
        String inner = "id";
        for (int i = 0; i < levels; i++) {
            inner = (levels - 1 - i) % 2 == 0 ? "quotes(first: 1) { " + inner + " }" : "article { " + inner + " }";
        }
        return "{ articles(first: 1) { edges { node { " + inner + " } } } }";
    }

    static String aliases(int count) {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            query.append(" a").append(i).append(": articles(first: 1) { totalCount }");
        }
        return query.append(" }").toString();
    }

    @Test
    void theIntrospectionQueryOfGraphiQLStillAnswers() {
        String introspection = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions()
                .descriptions(true).specifiedByUrl(true).directiveIsRepeatable(true).inputValueDeprecation(true).typeRefFragmentDepth(9));
        query(introspection).statusCode(200).body("errors", equalTo(null))
                .body("data.__schema.types.name", hasItem("ArticleConnection"));
    }

    @Test
    void aQueryTooDeepIsRefusedNamingTheDepthLimit() {
        query(nested(4)).statusCode(200).body("errors", equalTo(null));
        query(nested(30)).statusCode(200).body("errors[0].message", containsString("depth")).body("data", equalTo(null))
                .body("errors[0].extensions.code", equalTo(QueryShapeLimits.CODE))
                .body("errors[0].extensions.limit", equalTo("newsgraph.graphql.max-depth"));
    }

    /** Three levels of 500: within depth and fields, but 125 million rows. Refused before a statement runs, by either executor. */
    @Test
    void pagesNestedWithinTheLimitsButMultiplyingToMillionsOfRowsAreRefusedBeforeRunning() {
        String explosion = "{ quotes(first: 500) { edges { node { speaker { quotes(first: 500) { edges { node {"
                + " event { quotes(first: 500) { text } } } } } } } } } }";
        for (boolean bySmallRye : new boolean[] {false, true}) {
            long statements = database.statements();
            Map<String, Object> body = new java.util.HashMap<>(Map.of("query", explosion));
            if (bySmallRye) {
                body.put("extensions", Map.of());
            }
            given().contentType(ContentType.JSON).body(body).post("/graphql").then().statusCode(200)
                    .body("data", equalTo(null))
                    .body("errors[0].extensions.code", equalTo(QueryShapeLimits.CODE))
                    .body("errors[0].extensions.limit", equalTo("newsgraph.graphql.max-estimated-rows"));
            assertEquals(statements, database.statements(), "statements run for a refused request");
        }
        query("{ quotes(first: 20) { edges { node { speaker { quotes(first: 20) { edges { node { text } } } } } } } }")
                .statusCode(200).body("errors", equalTo(null));
    }

    @Test
    void tooManyAliasesAreRefusedNamingTheLimit() {
        query(aliases(3)).statusCode(200).body("errors", equalTo(null));
        query(aliases(40)).statusCode(200)
                .body("errors[0].message", containsString("newsgraph.graphql.max-aliases"))
                .body("errors[0].extensions.code", equalTo(QueryShapeLimits.CODE));
    }

    @Test
    void tooManyOperationsInOneDocumentAreRefusedNamingTheLimit() {
        StringBuilder document = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            document.append("query q").append(i).append(" { articles(first: 1) { totalCount } }\n");
        }
        given().contentType(ContentType.JSON).body(Map.of("query", document.toString(), "operationName", "q0"))
                .post("/graphql").then().statusCode(200)
                .body("errors[0].message", containsString("newsgraph.graphql.max-operations"));
    }

    @Test
    void tooManyFieldsAreRefusedNamingTheComplexityLimit() {
        String fields = "id url title language body publishedAt ".repeat(100);
        query("{ articles(first: 1) { edges { node { " + fields + " } } } }").statusCode(200)
                .body("errors[0].message", containsString("complexity"))
                .body("errors[0].extensions.code", equalTo(QueryShapeLimits.CODE))
                .body("errors[0].extensions.limit", equalTo("newsgraph.graphql.max-complexity"));
    }

    /** SmallRye would report it as an "Unparseable input document": the planner's parse names the limit first. */
    @Test
    void tooManyTokensAreRefusedNamingTheTokenLimit() {
        query("{ articles(first: 1) { totalCount " + "__typename ".repeat(4000) + "} }").statusCode(200).body("errors", equalTo(null));
        query("{ articles(first: 1) { totalCount " + "__typename ".repeat(6000) + "} }").statusCode(200)
                .body("errors[0].message", containsString("5000 tokens")).body("data", equalTo(null))
                .body("errors[0].extensions.code", equalTo(QueryShapeLimits.CODE))
                .body("errors[0].extensions.limit", equalTo("quarkus.smallrye-graphql.parser-max-tokens"));
    }

    @Test
    void aPageLargerThanTheMaximumIsRefusedNamingTheArgument() {
        query("{ articles(first: 100000) { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("first"));
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedWith413AndStoresNothing() {
        Map<String, Long> before = database.rowCounts();
        byte[] tenMegabytes = ("{\"query\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        String editor = TestKeys.editor().getValue();
        assertEquals(413, RawHttp.post("/graphql", "application/json", tenMegabytes, editor).status());
        assertEquals(413, RawHttp.post("/articles", "application/json", tenMegabytes, editor).status());
        assertEquals(before, database.rowCounts());
    }

    @Test
    void anArticleOfOneMegabyteStillFitsWhenItsJsonIsEscaped() {
        String body = "قال الوزير إن المحادثات مستمرة. ".repeat(15_000);
        StringBuilder escaped = new StringBuilder();
        body.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
        String json = "{\"url\": \"https://example.org/limits/big\", \"outlet\": \"o\", \"body\": \"" + escaped + "\"}";
        given().header(TestKeys.editor()).contentType(ContentType.JSON).body(json.getBytes(StandardCharsets.UTF_8))
                .post("/articles").then().statusCode(not(413));
    }
}
