package org.newsgraph.durability;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.newsgraph.support.BenchData;
import org.newsgraph.support.SyntheticArticles;
import org.newsgraph.support.SyntheticArticles.Article;

/**
 * The packaged service on a database of its own, killed with SIGKILL in the middle of its work and started again on
 * the same database: what it acknowledged is there and complete, what it had not finished left nothing behind. The
 * steps run in order on one database, each leaving a started service to the next (a restart costs seconds).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class KillAndRestartScenario {
    /** Articles of the bulk ingest, killed once half of them are acknowledged. */
    static final int BULK = 240;
    static final int PEOPLE = 20;
    private static final int CLIENTS = 4;
    /** Lines of the graph file sent before the kill, of 100. */
    private static final int IMPORT_LINES_BEFORE_KILL = 60;

    Path work;
    ServiceProcess service;

    /** The packaged service to run. */
    abstract Path jar();

    /** System properties that point the service at this scenario's database. */
    abstract Map<String, String> properties();

    /** Environment variables that point the service at this scenario's database. */
    abstract Map<String, String> environment();

    /** Makes this scenario's database empty, before the first start. */
    abstract void emptyDatabase() throws Exception;

    /** H2 or PostgreSQL, for the figures printed. */
    abstract String databaseName();

    @BeforeAll
    void startOnAnEmptyDatabase() throws Exception {
        work = Files.createTempDirectory("newsgraph-" + databaseName().toLowerCase(Locale.ROOT) + "-");
        emptyDatabase();
        service = startService();
    }

    @AfterAll
    void stop() throws IOException {
        if (service != null) {
            service.close();
        }
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    ServiceProcess startService() {
        return startService("service.log");
    }

    /** Another instance on the same database, logging to a file of its own. */
    ServiceProcess startService(String logName) {
        Map<String, String> properties = new HashMap<>(properties());
        // batches of 10 articles, so that a killed import has sent rows already
        properties.put("newsgraph.import.articles-per-batch", "10");
        // StoredGraph reads the whole stored graph at once (500 articles with all their quotes, events and
        // participants): over the default estimate of a request's rows, which is not what these tests are about
        properties.put("newsgraph.graphql.max-estimated-rows", "10000000");
        Map<String, String> environment = new HashMap<>(environment());
        environment.put("NEWSGRAPH_AUTH_EDITOR_KEY", ServiceClient.EDITOR_KEY);
        return ServiceProcess.start(jar(), work.resolve(logName), properties, environment);
    }

    ServiceClient client() {
        return new ServiceClient(service);
    }

    @Test
    @Order(10)
    void aGraphImportKilledHalfwayLeavesAnEmptyDatabaseThatTakesTheWholeFileAfterRestart() throws Exception {
        assumeTrue(BenchData.available(), "the bench generator ../shared/bench/gen.py is not here");
        BenchData.generate();
        Path file = BenchData.DATA.resolve("articles.jsonl");
        List<String> lines = Files.readAllLines(file, UTF_8);
        SubmissionPublisher<ByteBuffer> upload = new SubmissionPublisher<>();
        CompletableFuture<HttpResponse<String>> answer = client().importGraph(upload);
        while (!upload.hasSubscribers()) {
            ServiceProcess.pause(10);
        }
        upload.submit(ByteBuffer.wrap((String.join("\n", lines.subList(0, IMPORT_LINES_BEFORE_KILL)) + "\n").getBytes(UTF_8)));
        // the import is under way, holding the write lock, when an article sent now is refused for it
        ServiceClient.Reply refused = client().ingest(SyntheticArticles.set(0, 1, PEOPLE).get(0).input());
        assertEquals(503, refused.status(), refused.body().toString());
        assertTrue(refused.body().toString().contains("GRAPH_IMPORT_RUNNING"), refused.body().toString());
        service.kill();
        upload.closeExceptionally(new IOException("the service was killed"));
        assertThrows(ExecutionException.class, () -> answer.get(30, TimeUnit.SECONDS), "the import was never acknowledged");

        service = startService();
        for (String connection : List.of("articles", "people", "events", "quotes")) {
            assertEquals(0, StoredGraph.count(client(), connection), connection + " after the killed import");
        }
        HttpResponse<String> whole = client().importGraph(() -> open(file)).get(60, TimeUnit.SECONDS);
        // the import refuses (409) a database with a single row in any graph table
        assertEquals(200, whole.statusCode(), whole.body());
        assertEquals(lines.size(), StoredGraph.count(client(), "articles"));
        System.out.printf("KillAndRestart[%s]: graph import killed after %d of %d lines: 0 rows after restart, the whole file"
                + " imported then%n", databaseName(), IMPORT_LINES_BEFORE_KILL, lines.size());
    }

    @Test
    @Order(20)
    void everyAcknowledgedArticleSurvivesAKillDuringABulkIngestAndNoneIsHalfWritten() throws Exception {
        List<Article> articles = SyntheticArticles.set(0, BULK, PEOPLE);
        Map<String, Article> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        ServiceClient client = client();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> results = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            results.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < BULK; i = next.getAndIncrement()) {
                    sent.incrementAndGet();
                    ServiceClient.Reply reply = client.ingest(articles.get(i).input());
                    if (reply.status() == 0) {
                        return; // the service is gone
                    }
                    assertEquals(201, reply.status(), reply.body().toString());
                    acknowledged.put(articles.get(i).url(), articles.get(i));
                }
            }));
        }
        while (acknowledged.size() < BULK / 2 && results.stream().anyMatch(r -> !r.isDone())) {
            ServiceProcess.pause(2);
        }
        service.kill();
        int acknowledgedAtKill = acknowledged.size();
        clients.shutdown();
        for (Future<?> result : results) {
            result.get(60, TimeUnit.SECONDS);
        }

        service = startService();
        StoredGraph stored = StoredGraph.read(client());
        List<String> lost = acknowledged.values().stream().filter(a -> !stored.has(a)).map(Article::url).toList();
        List<Article> present = articles.stream().filter(stored::has).toList();
        List<String> incomplete = present.stream().map(stored::incomplete).filter(problem -> problem != null).toList();
        System.out.printf("KillAndRestart[%s]: bulk ingest killed with %d of %d articles acknowledged and %d in flight:"
                + " %d acknowledged lost, %d in flight stored, %d half-written%n", databaseName(), acknowledgedAtKill, BULK,
                sent.get() - acknowledged.size(), lost.size(), present.stream().filter(a -> !acknowledged.containsKey(a.url())).count(),
                incomplete.size());
        assertEquals(List.of(), lost, "acknowledged articles lost");
        assertEquals(List.of(), incomplete, "articles not stored whole");
        assertEquals(List.of(), stored.duplicates(present));
        assertHealthy();
    }

    /** Last: it stops the service. */
    @Test
    @Order(90)
    void aRequestInFlightWhenShutdownBeginsIsAnsweredBeforeTheServiceStops() throws Exception {
        byte[] body = ServiceClient.json(SyntheticArticles.article(1, 0, PEOPLE).input()).getBytes(UTF_8);
        String head = "POST /articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                + "Connection: close\r\nAuthorization: Bearer " + ServiceClient.EDITOR_KEY + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        String answer;
        try (Socket socket = new Socket(service.uri("/").getHost(), service.uri("/").getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            assertTrue(readLine(in).startsWith("HTTP/1.1 100"), "the service is handling the request");
            readLine(in);

            service.terminate();
            service.awaitLog("Waiting for HTTP requests to complete"); // the shutdown has begun and counts this request
            out.write(body);
            out.flush();
            answer = new String(in.readAllBytes(), UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        // 143 = 128 + SIGTERM: how the JVM ends after SIGTERM once its shutdown hooks are done (a crash gives 134, a kill 137)
        assertEquals(143, service.awaitExit());
        assertTrue(service.log().contains("All HTTP requests complete"), "the service waited for the request");
    }

    /** Readiness includes the database; liveness answers. */
    void assertHealthy() {
        String ready = client().get("/q/health/ready");
        assertTrue(ready.contains("\"status\": \"UP\"") && ready.contains("Database connections health check"), ready);
        assertTrue(client().get("/q/health/live").contains("\"status\": \"UP\""));
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString().strip();
    }
}
