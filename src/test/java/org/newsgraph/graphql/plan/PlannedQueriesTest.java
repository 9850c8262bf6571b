package org.newsgraph.graphql.plan;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.support.BenchData;
import org.newsgraph.support.Database;
import org.newsgraph.support.GraphQL;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The planned executor answers read queries exactly as SmallRye's would, to the byte: every field, argument,
 * fragment, alias and directive it serves is compared on the bench data set plus two articles with a call and its
 * claims. What it does not serve reaches SmallRye, which answers with its usual data or errors.
 */
@QuarkusTest
class PlannedQueriesTest {
    private static final String INGEST = "mutation($in: ArticleInput!) { ingestArticle(input: $in) { created } }";

    @Inject
    Database database;
    @Inject
    MeterRegistry registry;

    @BeforeAll
    static void generateTheDataSet() throws IOException, InterruptedException {
        assumeTrue(BenchData.available(), "the shared bench is beside the project");
        BenchData.generate();
    }

    @BeforeEach
    void importTheDataSetAndTwoReportsOfOneCall() throws IOException {
        long[] articles = {0};
        BenchData.eachArticle(article -> articles[0]++);
        if (database.rowCounts().get("article") == articles[0] + 2) {
            return;
        }
        BenchData.importInto(database);
        ingest("https://example.org/call/1", "صحيفة التجربة", "2024-03-08T09:00:00Z",
                "أجرى الرئيس سامي الخطيب اتصالا هاتفيا مع نظيره كريم ناصر يوم الخميس استمر 45 دقيقة.\n"
                        + "وقال الخطيب خلال الاتصال: «نحن ملتزمون بالحوار مع جيراننا».\n"
                        + "وأضاف أن الطرفين اتفقا على مواصلة التشاور.");
        ingest("https://example.org/call/2", "وكالة المثال", "2024-03-08T11:30:00Z",
                "قال الرئيس كريم ناصر إن الاتصال الهاتفي مع الرئيس سامي الخطيب استمر ساعة كاملة.\n"
                        + "وأكد ناصر: «العلاقات بين البلدين قوية ومتينة».");
    }

    private static void ingest(String url, String outlet, String publishedAt, String body) {
        GraphQL.data(INGEST, Map.of("in", Map.of("url", url, "outlet", outlet, "publishedAt", publishedAt, "body", body)));
    }

    static Stream<Arguments> readQueries() {
        return Stream.of(
                query("{ events(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id kind title"
                        + " startsOn endsOn location confidence articleCount independentSourceCount participants(first: 2) { id name role"
                        + " kind aliases } articles(first: 2) { id url title publishedAt language outlet { id name country language } } } } } }"),
                query("{ e: events(first: 3, kind: PHONE_CALL) { edges { node { __typename id title claims { attribute value span"
                        + " startOffset endOffset article { id url } } disputedAttributes } } } }"),
                query("{ events(first: 3, kind: PHONE_CALL) { edges { node { id mentions(first: 2) { span startOffset endOffset"
                        + " mergeRule article { url } comparedWith { id title } } } } } }"),
                query("{ events(first: 4, from: \"2022-01-01\", to: \"2023-12-31\") { totalCount edges { node { id startsOn"
                        + " quotes(first: 3) { id text kind cue position startOffset endOffset confidence rule speakerConfidence"
                        + " speakerRule eventConfidence eventRule speaker { name } event { id } article { url } } } } } }"),
                query("{ people(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name role kind"
                        + " aliases events(first: 2) { id title } quotes(first: 2) { totalCount pageInfo { hasNextPage endCursor }"
                        + " edges { cursor node { id text } } } } } } }"),
                query("{ people(search: \"الخطيب\") { totalCount edges { node { name aliases quotes { edges { node { text cue } } } } } } }"),
                query("{ articles(first: 3) { totalCount edges { cursor node { id url title publishedAt language body outlet { name }"
                        + " quotes(first: 2) { id text speaker { id name } } events { id title kind } } } } }"),
                query("{ quotes(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id text kind"
                        + " speaker { name quotes(first: 1) { edges { node { id } } } } event { title participants { name } }"
                        + " article { title outlet { name } } } } } }"),
                query("{ quotes(search: \"الحوار\", minConfidence: 0.1) { totalCount edges { node { text speaker { name } } } } }"),
                query("query Timeline($id: ID!, $n: Int) { person(id: $id) { name quotes(first: $n) { edges { node { id text"
                        + " event { title } } } } } }", Map.of("id", 3, "n", 2)),
                query("query { a: article(id: 1) { ...Report } b: article(id: 2) { ...Report } kind: __typename }"
                        + " fragment Report on Article { id title outlet { name } quotes { ... on Quote { text } speaker { name } } }"),
                query("query Page($skip: Boolean!) { event(id: 3) { title startsOn @skip(if: $skip) quotes(first: 2) @include(if: true)"
                        + " { text } } }", Map.of("skip", true)),
                query("{ event(id: 999999999) { id } person(id: 999999999) { id } article(id: 999999999) { id } }"),
                query("{ events(first: 2, participant: 5) { edges { node { id participants { id } } } } }"),
                query("{ articles(first: 2, outlet: \"صحيفة التجربة\") { totalCount edges { node { id outlet { name } } } } }"),
                query("query Next($after: String) { events(first: 2, after: $after) { edges { node { id } } } }",
                        Map.of("after", "YzE6MTk3MjA6OA")));
    }

    private static Arguments query(String query) {
        return query(query, Map.of());
    }

    private static Arguments query(String query, Map<String, Object> variables) {
        return Arguments.of(query, variables);
    }

    @ParameterizedTest
    @MethodSource("readQueries")
    void plannedAnswerIsSmallRyesToTheByte(String query, Map<String, Object> variables) {
        double planned = answered("planned");
        String answer = GraphQL.raw(query, variables, false);
        assertEquals(planned + 1, answered("planned"), "the planned executor answered " + query);
        assertEquals(GraphQL.raw(query, variables, true), answer);
    }

    @Test
    void queriesOverGetArePlannedToo() {
        double planned = answered("planned");
        String answer = given().queryParam("query", "{ events(first: 2) { edges { node { id title } } } }").get("/graphql")
                .then().statusCode(200).extract().body().asString();
        assertEquals(planned + 1, answered("planned"));
        assertEquals(GraphQL.raw("{ events(first: 2) { edges { node { id title } } } }", Map.of(), true), answer);
    }

    @Test
    void whatAPlanCannotServeIsAnsweredBySmallRye() {
        double passed = answered("smallrye");
        JsonPath schema = GraphQL.post("{ __schema { queryType { name } } }", Map.of());
        assertEquals("Query", schema.getString("data.__schema.queryType.name"));
        JsonPath tooMany = GraphQL.post("{ events(first: 501) { totalCount } }", Map.of());
        assertEquals(List.of("BAD_USER_INPUT"), tooMany.getList("errors.extensions.code"));
        JsonPath forged = GraphQL.post("{ quotes(after: \"not-a-cursor\") { totalCount } }", Map.of());
        assertEquals(List.of("after"), forged.getList("errors.extensions.field"));
        JsonPath unknown = GraphQL.post("{ events { nothing } }", Map.of());
        assertEquals(1, unknown.getList("errors").size());
        assertEquals(passed + 4, answered("smallrye"));
    }

    @Test
    void unacceptableMediaTypesAreLeftToSmallRye() {
        given().contentType(ContentType.JSON).accept("text/html").body(Map.of("query", "{ events { totalCount } }"))
                .post("/graphql").then().statusCode(406);
    }

    private double answered(String executor) {
        return registry.counter("newsgraph_graphql_requests", "executor", executor).count();
    }
}
