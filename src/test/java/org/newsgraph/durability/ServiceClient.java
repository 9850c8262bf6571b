package org.newsgraph.durability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A client of one {@link ServiceProcess}, as a scraper or a reader would be: JSON over HTTP with the editor key. */
final class ServiceClient {
    static final String EDITOR_KEY = "durability-editor-key-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer; status 0 when the connection ended without one. */
    record Reply(int status, JsonNode body) {
    }

    private final ServiceProcess service;

    ServiceClient(ServiceProcess service) {
        this.service = service;
    }

    /** {@code POST /articles}. */
    Reply ingest(Map<String, Object> article) {
        return send(post("/articles", "application/json", HttpRequest.BodyPublishers.ofString(json(article), StandardCharsets.UTF_8)));
    }

    /** The answer to a GraphQL request, whatever it is. */
    Reply graphql(String query) {
        return send(post("/graphql", "application/json", HttpRequest.BodyPublishers.ofString(json(Map.of("query", query)))));
    }

    /** The data of a GraphQL query that must succeed. */
    JsonNode query(String query) {
        Reply reply = graphql(query);
        if (reply.status() != 200 || reply.body().has("errors")) {
            throw new AssertionError("GraphQL answered " + reply.status() + ": " + reply.body());
        }
        return reply.body().get("data");
    }

    /** {@code POST /graph/import} of a body read from {@code stream}: a whole file. */
    CompletableFuture<HttpResponse<String>> importGraph(Supplier<InputStream> stream) {
        return importGraph(HttpRequest.BodyPublishers.ofInputStream(stream));
    }

    /**
     * {@code POST /graph/import} of a body sent as {@code upload} publishes it: the JDK client reads a blocking
     * InputStream on the thread that sends, so a stream that waits would hold back what came before it too.
     */
    CompletableFuture<HttpResponse<String>> importGraph(Flow.Publisher<ByteBuffer> upload) {
        return importGraph(HttpRequest.BodyPublishers.fromPublisher(upload));
    }

    private CompletableFuture<HttpResponse<String>> importGraph(HttpRequest.BodyPublisher body) {
        return HTTP.sendAsync(post("/graph/import", "application/x-ndjson", body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(service.uri(path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest post(String path, String contentType, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(service.uri(path)).timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + EDITOR_KEY).POST(body).build();
    }

    private static Reply send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Reply(0, JSON.getNodeFactory().textNode(e.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        try {
            return new Reply(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            return new Reply(response.statusCode(), JSON.getNodeFactory().textNode(response.body()));
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
