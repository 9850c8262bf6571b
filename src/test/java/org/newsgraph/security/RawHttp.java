package org.newsgraph.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.restassured.RestAssured;

/**
 * Sends exact bytes, which REST Assured would re-encode. For bodies over the server's size limit it asks
 * {@code Expect: 100-continue}, so the refusal comes as a status instead of a connection reset halfway through
 * sending. Only for those: the JDK client waits without timeout for a 100 that endpoints reading the body
 * themselves never send.
 */
final class RawHttp {
    private static final int SERVER_BODY_LIMIT = 4 * 1024 * 1024;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Status 0: the connection ended without an answer (the body says how). */
    record Reply(int status, String body) {
    }

    private RawHttp() {
    }

    static Reply post(String path, String contentType, byte[] body, String authorization) {
        return send("POST", path, contentType, body, authorization);
    }

    /** {@code contentType} and {@code authorization} may be null: the header is then left out. */
    static Reply send(String method, String path, String contentType, byte[] body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(60)).expectContinue(body.length > SERVER_BODY_LIMIT)
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Reply(0, "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
