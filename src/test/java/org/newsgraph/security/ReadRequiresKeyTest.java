package org.newsgraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.Map;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;

/** With newsgraph.auth.read-requires-key=true, reading needs a reader key too; health stays open for probes. */
@QuarkusTest
@TestProfile(ReadRequiresKeyTest.ReadRequiresKey.class)
class ReadRequiresKeyTest {

    public static class ReadRequiresKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.auth.read-requires-key", "true");
        }
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    private static ValidatableResponse read(Header key) {
        return given().header(key).contentType(ContentType.JSON).body(Map.of("query", "{ articles(first: 1) { totalCount } }"))
                .post("/graphql").then();
    }

    @Test
    void readingWithoutKeyIsRefusedWith401() {
        read(new Header("X-No-Key", "1")).statusCode(401).header("WWW-Authenticate", "Bearer");
        given().get("/graphql/schema.graphql").then().statusCode(401);
    }

    @Test
    void readingWithAnUnknownKeyIsRefusedWith401() {
        read(TestKeys.bearer("not-a-configured-key-at-all")).statusCode(401);
    }

    @Test
    void anyConfiguredKeyMayRead() {
        for (String key : new String[] {TestKeys.READER, TestKeys.EDITOR, TestKeys.ADMIN}) {
            read(TestKeys.bearer(key)).statusCode(200).body("errors", equalTo(null));
        }
    }

    @Test
    void subscriptionsNeedAKeyOnTheWebSocketUpgrade() {
        URI socket = URI.create(graphql.toString().replaceFirst("^http", "ws"));
        CompletionException refused = assertThrows(CompletionException.class,
                () -> webSocket(socket, new Header("X-No-Key", "1")));
        assertEquals(401, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
        webSocket(socket, TestKeys.bearer(TestKeys.READER)).abort();
    }

    private static WebSocket webSocket(URI socket, Header key) {
        return HttpClient.newHttpClient().newWebSocketBuilder().header(key.getName(), key.getValue())
                .subprotocols("graphql-transport-ws").buildAsync(socket, new WebSocket.Listener() {
                }).join();
    }

    @Test
    void healthStaysOpen() {
        given().get("/q/health/ready").then().statusCode(200);
    }
}
