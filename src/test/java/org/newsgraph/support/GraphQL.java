package org.newsgraph.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import org.newsgraph.security.TestKeys;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Sends real GraphQL requests over HTTP, as clients do. */
public final class GraphQL {
    private GraphQL() {
    }

    /** The whole response document, errors included; sent with the editor key, as an ingesting client does. */
    public static JsonPath post(String query, Map<String, Object> variables) {
        return given().header(TestKeys.editor()).contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    /** The data of a request that must succeed; fails the test with the errors otherwise. */
    public static JsonPath data(String query, Map<String, Object> variables) {
        JsonPath response = post(query, variables);
        Object errors = response.get("errors");
        if (errors != null) {
            throw new AssertionError("GraphQL errors: " + errors);
        }
        return response.setRootPath("data");
    }

    public static JsonPath data(String query) {
        return data(query, Map.of());
    }

    /** Ingests one article through the ingestArticle mutation; fails the test on errors. */
    public static void ingest(String url, String outlet, String publishedAt, String body) {
        data("mutation($in: ArticleInput!) { ingestArticle(input: $in) { created } }",
                Map.of("in", Map.of("url", url, "outlet", outlet, "publishedAt", publishedAt, "body", body)));
    }

    /**
     * The response body as sent, from the planned executor, or from SmallRye's when {@code bySmallRye}: a request with
     * {@code extensions} is always left to SmallRye, so the same query can be answered by both and compared.
     */
    public static String raw(String query, Map<String, Object> variables, boolean bySmallRye) {
        Map<String, Object> body = new HashMap<>(Map.of("query", query, "variables", variables));
        if (bySmallRye) {
            body.put("extensions", Map.of());
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/graphql").then().statusCode(200)
                .extract().body().asString();
    }
}
