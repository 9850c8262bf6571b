package org.newsgraph.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.security.KeyCookie;
import org.newsgraph.security.TestKeys;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With newsgraph.auth.read-requires-key=true the pages ask for a key: a browser without one is sent to the sign-in
 * form (which, with its style sheet, stays open), one signed in reads them, and the API still answers 401.
 */
@QuarkusTest
@TestProfile(WorkbenchReadRequiresKeyTest.ReadRequiresKey.class)
class WorkbenchReadRequiresKeyTest {

    public static class ReadRequiresKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.auth.read-requires-key", "true");
        }
    }

    @Test
    void pagesWithoutAKeySendTheReaderToTheSignInForm() {
        for (String path : List.of("/", "/events/1", "/people/1", "/articles/1", "/search?q=x", "/quotes.csv", "/events.csv")) {
            given().redirects().follow(false).get(path).then().statusCode(303)
                    .header("Location", equalTo("/login?then=" + URLEncoder.encode(path, StandardCharsets.UTF_8)));
        }
        given().get("/login").then().statusCode(200).body(containsString("name=\"key\""));
        given().get("/static/workbench.css").then().statusCode(200);
        given().contentType("application/json").body("{\"query\": \"{ events { totalCount } }\"}").post("/graphql").then().statusCode(401);
    }

    @Test
    void aSignedInReaderReadsThePagesAndAnUnknownCookieIsSignedOut() {
        given().cookie(KeyCookie.NAME, TestKeys.READER).get("/").then().statusCode(200).body(containsString("dir=\"rtl\""));
        given().header(TestKeys.bearer(TestKeys.READER)).get("/events.csv").then().statusCode(200);
        given().redirects().follow(false).cookie(KeyCookie.NAME, "a-key-nobody-configured").get("/").then().statusCode(303);
        given().cookie(KeyCookie.NAME, TestKeys.READER).contentType("application/json").body("{\"query\": \"{ events { totalCount } }\"}")
                .post("/graphql").then().statusCode(401);
    }
}
