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
class ErrorsTest {
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
    void malformedOrMistypedJsonIsA400ThatSaysWhere() {
        given().header(TestKeys.editor()).contentType(ContentType.JSON).body("{\"url\": \"x\",\n \"outlet\": ").post("/articles")
                .then().statusCode(400).body("code", equalTo("BAD_REQUEST")).body("message", containsString("line 2"));
        given().header(TestKeys.editor()).contentType(ContentType.JSON).body("{\"url\": [1], \"outlet\": \"o\", \"body\": \"b\"}")
                .post("/articles").then().statusCode(400).body("message", containsString("field url"));
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedEvenWhereTheJsonReaderWouldDecodeIt() {
        byte[] overlongSlash = "{\"url\": \"https://example.org/a\", \"outlet\": \"o\", \"body\": \"a\u00c0\u00afb\"}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        given().header(TestKeys.editor()).contentType(ContentType.JSON).body(overlongSlash).post("/articles")
                .then().statusCode(400).body("message", equalTo("the body is not JSON text in UTF-8"));
    }

    @Test
    void badInputErrorsCarryNoErrorIdForTheyAreNotLogged() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ articles(first: -1) { totalCount } }")).post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.errorId", nullValue());
    }

    @Test
    void anIdThatIsNotADecimalNumberIsRefusedNamingTheArgument() {
        for (Object id : new Object[] {"1 OR 1=1", 1.5, "-1", "1e3"}) {
            given().header(TestKeys.editor()).contentType(ContentType.JSON)
                    .body(Map.of("query", "mutation($p: ID!) { addAlias(person: $p, alias: \"x\") { id } }", "variables", Map.of("p", id)))
                    .post("/graphql").then().statusCode(200)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.field", equalTo("person"))
                    .body("errors[0].message", equalTo("person: not an id (ids are decimal numbers)"));
        }
    }

    private static void assertHidesDetail(String body) {
        assertThat(body, not(containsString("secret_column")));
        assertThat(body, not(containsString("IllegalStateException")));
        assertThat(body, not(containsString("org.newsgraph")));
        assertThat(body, not(containsString("com.fasterxml")));
    }
}
