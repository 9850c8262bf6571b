package org.newsgraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.newsgraph.security.TestKeys;
import org.newsgraph.support.Database;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

/** The statuses and media types of GraphQL over HTTP beyond what the graphql-http audits require. */
@QuarkusTest
class GraphQLOverHttpTest {
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Inject
    Database database;
    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void aMutationOverGetIsRefusedWith405AndRunsNothing() {
        Map<String, Long> before = database.rowCounts();
        given().header(TestKeys.editor()).accept(GRAPHQL_RESPONSE)
                .queryParam("query", "mutation { ingestArticle(input: {url: \"https://example.org/get/1\", outlet: \"o\","
                        + " body: \"قال الوزير: «نحن هنا».\"}) { created } }")
                .get("/graphql").then().statusCode(405).header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        assertEquals(before, database.rowCounts());
    }

    @Test
    void queriesOverGetTakeTheirVariablesAndOperationNameFromTheUrl() {
        given().queryParam("query", "query A { a: __typename } query B($name: String!) { __type(name: $name) { name } }")
                .queryParam("operationName", "B").queryParam("variables", "{\"name\": \"Event\"}")
                .get("/graphql").then().statusCode(200).contentType(startsWith("application/json"))
                .body("data.__type.name", equalTo("Event"));
    }

    @Test
    void anAcceptHeaderWithNeitherJsonTypeGets406WithAMessage() {
        given().accept("text/html").contentType(ContentType.JSON).body(Map.of("query", "{ __typename }"))
                .post("/graphql").then().statusCode(406).contentType(startsWith("application/json"))
                .body("errors[0].extensions.code", equalTo("NOT_ACCEPTABLE"));
    }

    @Test
    void aContentTypeRepeatingApplicationJsonIsAcceptedAsBrowsersMergeItSo() throws Exception {
        HttpResponse<String> answer = postWithContentType("application/json, application/json");
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("{\"data\":{\"__typename\":\"Query\"}}", answer.body());
    }

    @Test
    void aContentTypeNamingTwoDifferentTypesGets415NamingWhatWasSent() throws Exception {
        HttpResponse<String> answer = postWithContentType("application/json, text/plain");
        assertEquals(415, answer.statusCode());
        assertEquals("Content-Type application/json, text/plain is not supported: send the request as Content-Type: application/json",
                new JsonObject(answer.body()).getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    private HttpResponse<String> postWithContentType(String contentType) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ __typename }\"}", StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aBodyThatIsNotJsonGets415() {
        given().contentType("text/plain").body("{ __typename }").post("/graphql").then().statusCode(415)
                .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void requestErrorsAre400InGraphQLResponseJsonAnd200InJson() {
        Map<String, Object> invalid = Map.of("query", "{ noSuchField }");
        given().accept(GRAPHQL_RESPONSE).contentType(ContentType.JSON).body(invalid).post("/graphql").then()
                .statusCode(400).contentType(startsWith(GRAPHQL_RESPONSE)).body("errors[0].extensions.classification", equalTo("ValidationError"));
        given().accept(ContentType.JSON).contentType(ContentType.JSON).body(invalid).post("/graphql").then()
                .statusCode(200).contentType(startsWith("application/json")).body("errors[0].extensions.classification", equalTo("ValidationError"));
    }

    @Test
    void aBodyThatIsNotUtf8Is400WhateverTheResponseTypeAndRunsNothing() {
        Map<String, Long> before = database.rowCounts();
        // declared UTF-8, but C0 AF (an overlong '/', written as the Latin-1 characters of those bytes) is not: a lenient
        // decoder would ingest U+FFFD
        String mutation = "mutation { ingestArticle(input: {url: \"https://example.org/utf8\", outlet: \"o\","
                + " body: \"The minister said: \u00c0\u00af yes.\"}) { created } }";
        Map<String, String> bodies = Map.of("application/json", "{\"query\": \"" + mutation.replace("\"", "\\\"") + "\"}",
                "application/graphql", mutation);
        for (String accept : new String[] {GRAPHQL_RESPONSE, "application/json"}) {
            bodies.forEach((contentType, body) -> given().header(TestKeys.editor()).accept(accept).contentType(contentType + "; charset=utf-8")
                    .body(body.getBytes(StandardCharsets.ISO_8859_1)).post("/graphql").then()
                    .statusCode(400).contentType(startsWith(accept))
                    .body("errors[0].message", equalTo("the body is not valid UTF-8"))
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST")));
        }
        assertEquals(before, database.rowCounts());
    }

    @Test
    void anEnvelopeThatIsNoGraphQLRequestIs400WhateverTheResponseType() {
        for (String accept : new String[] {GRAPHQL_RESPONSE, "application/json"}) {
            given().accept(accept).contentType(ContentType.JSON).body("{\"query\": 42}").post("/graphql").then()
                    .statusCode(400).body("errors[0].message", equalTo("query must be a string"));
            given().accept(accept).contentType(ContentType.JSON).body("[{\"query\": \"{ __typename }\"}]").post("/graphql").then()
                    .statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
    }
}
