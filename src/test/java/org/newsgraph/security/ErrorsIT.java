package org.newsgraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Unexpected failures show the client a generic message and an id, never the exception, its class or SQL. */
@QuarkusTest
class ErrorsIT {
    private static final String UUID = "[0-9a-f-]{36}";

    @Test
    void anUnexpectedGraphQLErrorShowsOnlyAGenericMessageAndAnId() {
        String body = given().contentType(ContentType.JSON).body(Map.of("query", "{ failForTest }")).post("/graphql")
                .then().statusCode(200)
                .body("errors[0].message", equalTo(UnexpectedErrors.MESSAGE))
                .body("errors[0].extensions.errorId", matchesPattern(UUID))
                .body("errors[0].extensions.exception", nullValue())
                .extract().asString();
        assertHidesDetail(body);
    }

    @Test
    void anUnexpectedRestErrorIsA500WithAGenericMessageAndAnId() {
        String body = given().get("/test-failure").then().statusCode(500)
                .body("code", equalTo("INTERNAL"))
                .body("errorId", matchesPattern(UUID))
                .extract().asString();
        assertHidesDetail(body);
    }

    @Test
    void malformedJsonIsA400ThatNamesNoClass() {
        String body = given().header(TestKeys.editor()).contentType(ContentType.JSON).body("{\"url\": [").post("/articles")
                .then().statusCode(400).extract().asString();
        assertHidesDetail(body);
    }

    @Test
    void badInputErrorsCarryNoErrorIdForTheyAreNotLogged() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ articles(first: -1) { totalCount } }")).post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.errorId", nullValue());
    }

    private static void assertHidesDetail(String body) {
        assertThat(body, not(containsString("secret_column")));
        assertThat(body, not(containsString("IllegalStateException")));
        assertThat(body, not(containsString("org.newsgraph")));
        assertThat(body, not(containsString("com.fasterxml")));
    }
}
