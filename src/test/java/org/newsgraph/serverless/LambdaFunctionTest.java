package org.newsgraph.serverless;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsgraph.security.TestKeys;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The service packaged as an AWS Lambda HTTP function ({@code -Plambda}): GraphQL requests arrive as API Gateway HTTP
 * API events (payload 2.0), posted to the Quarkus mock event server as the function would receive them, and the
 * answer is the function's API Gateway response. Runs only in the lambda profile (see pom.xml).
 */
@QuarkusTest
@Tag("lambda")
@TestProfile(LambdaFunctionTest.FreeMockEventServerPort.class)
class LambdaFunctionTest {
    /** Where the mock event server takes a raw event and answers with the function's response. */
    private static final String RAW_EVENT_PATH = "/_lambda_";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Other builds on the machine may hold the default port 8081. */
    public static class FreeMockEventServerPort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.lambda.mock-event-server.test-port", "0");
        }
    }

    @Test
    void graphqlMutationAndQueryArriveAsApiGatewayEventsAndAreAnswered() throws Exception {
        JsonNode ingested = graphql("mutation($in: ArticleInput!) { ingestArticle(input: $in) { created quotes article { url } } }",
                Map.of("in", Map.of("url", "https://example.org/lambda/1", "outlet", "صحيفة المثال", "publishedAt", "2024-03-05T10:00:00Z",
                        "body", "قال سامي الخطيب: «نحن مستعدون للحوار مع جميع الأطراف».")), TestKeys.EDITOR);
        assertNull(ingested.get("errors"), ingested.toString());
        assertEquals(1, ingested.at("/data/ingestArticle/quotes").asInt());

        JsonNode read = graphql("{ articles(first: 5) { edges { node { url quotes { text speaker { name } } } } } }", Map.of(), null);
        assertNull(read.get("errors"), read.toString());
        JsonNode quote = read.at("/data/articles/edges/0/node/quotes/0");
        assertEquals("نحن مستعدون للحوار مع جميع الأطراف", quote.get("text").asText());
        assertEquals("سامي الخطيب", quote.at("/speaker/name").asText());
    }

    @Test
    void mutationWithoutAKeyIsRefusedThroughTheFunctionToo() throws Exception {
        JsonNode refused = graphql("mutation { addAlias(person: 1, alias: \"x\") { id } }", Map.of(), null, 401);
        assertEquals("UNAUTHENTICATED", refused.at("/errors/0/extensions/code").asText(), refused.toString());
    }

    private static JsonNode graphql(String query, Map<String, Object> variables, String key) throws Exception {
        return graphql(query, variables, key, 200);
    }

    /**
     * Sends a GraphQL POST as an API Gateway HTTP API event; returns the GraphQL response document, checking the
     * status the function answered with.
     */
    private static JsonNode graphql(String query, Map<String, Object> variables, String key, int status) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("accept", "application/json");
        if (key != null) {
            headers.put("authorization", "Bearer " + key);
        }
        Map<String, Object> event = Map.of(
                "version", "2.0",
                "routeKey", "$default",
                "rawPath", "/graphql",
                "rawQueryString", "",
                "headers", headers,
                "requestContext", Map.of("stage", "$default",
                        "http", Map.of("method", "POST", "path", "/graphql", "protocol", "HTTP/1.1", "sourceIp", "127.0.0.1")),
                "body", JSON.writeValueAsString(Map.of("query", query, "variables", variables)),
                "isBase64Encoded", false);
        String answer = given().contentType(ContentType.JSON).body(event).post(RAW_EVENT_PATH).then().statusCode(200).extract().asString();
        JsonNode response = JSON.readTree(answer);
        assertEquals(status, response.get("statusCode").asInt(), answer);
        String body = response.get("body").asText();
        if (response.path("isBase64Encoded").asBoolean()) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        assertFalse(body.isEmpty(), answer);
        return JSON.readTree(body);
    }
}
