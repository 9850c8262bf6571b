package org.newsgraph.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged service, with a small heap (256 MB), under attack: several clients at once send the requests that used
 * to take it down (a search that made H2 backtrack for ever, pages nested into millions of rows, reads past the row
 * limit, answers past the size limit, requests dropped halfway, bodies sent a byte at a time), while a well-behaved
 * client keeps querying. Its answers keep coming, every attack is refused naming its limit, nothing is left running
 * once the attackers are gone, the heap is back where it was, and SIGTERM stops the service within its shutdown time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileLoadIT {
    private static final int ARTICLES = 40;
    private static final int ATTACKERS = 6;
    private static final int ATTACKS_EACH = 8;
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(20);
    /** Ten one-letter words found everywhere, then one missing: C(500, 10) ways to fail for LIKE on H2. */
    private static final String BACKTRACKING = "{ quotes(search: \\\"ا ا ا ا ا ا ا ا ا ا x\\\") { totalCount } }";
    private static final List<String> ATTACKS = List.of(
            "{ quotes(search: \"ا ا ا ا ا ا ا ا ا ا x\") { totalCount edges { node { text } } } people(search: \"ا ا ا ا ا ا ا x\") { totalCount } }",
            "{ quotes(first: 500) { edges { node { speaker { quotes(first: 500) { edges { node { event { quotes(first: 500) { text } } } } } } } } } }",
            "{ people(first: 100) { edges { node { quotes(first: 100) { edges { node { text article { title } } } } } } } }",
            "{ articles(first: 25) { edges { node { body } } } }");
    private static final String WELL_BEHAVED = "{ articles(first: 5) { totalCount edges { node { url quotes { text speaker { name } } } } } }";

    private Path work;
    private ServiceProcess service;

    @BeforeAll
    void startWithData() throws IOException {
        work = Files.createTempDirectory("newsgraph-hostile-");
        service = ServiceProcess.start(Path.of("target/quarkus-app/quarkus-run.jar"), work.resolve("service.log"), Map.of(
                "newsgraph.data-dir", work.resolve("data").toString(),
                // limits low enough for a few articles to reach them
                "newsgraph.graphql.max-rows", "60",
                "newsgraph.graphql.max-answer-size", "20K",
                "quarkus.http.idle-timeout", "15s",
                "newsgraph.http.request-body-timeout", "3s"),
                Map.of("NEWSGRAPH_AUTH_EDITOR_KEY", ServiceClient.EDITOR_KEY));
        String said = "نحن مستعدون للحوار مع جميع الأطراف وأنا أريد السلام الدائم في المنطقة ".repeat(6);
        for (int i = 0; i < ARTICLES; i++) {
            ServiceClient.Reply stored = client().ingest(Map.of("url", "https://example.org/hostile/" + i, "outlet", "صحيفة المثال",
                    "title", "الخطيب يدعو إلى الحوار", "body", "قال وزير الخارجية سامي الخطيب: «" + said
                            + "».\nوقال رئيس الوزراء نبيل حداد: «الاتفاق يحمي مصالح البلدين».\n" + statement(i)));
            assertEquals(201, stored.status(), stored.body().toString());
        }
    }

    /** Lines of text that differ from each other, so that cleaning keeps them. */
    private static String statement(int article) {
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 40; line++) {
            text.append("الفقرة ").append(article * 100 + line).append(" من التقرير السنوي عن الأسبوع ").append(line).append(".\n");
        }
        return text.toString();
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private ServiceClient client() {
        return new ServiceClient(service);
    }

    @Test
    @Order(2)
    void attacksAreRefusedWhileAWellBehavedClientIsServedAndNothingIsLeftBehind() throws Exception {
        String wellBehavedAnswer = client().query(WELL_BEHAVED).toString();
        long heapBefore = heapAfterGc();

        AtomicBoolean attacking = new AtomicBoolean(true);
        AtomicInteger served = new AtomicInteger();
        List<String> wrongAnswers = new ArrayList<>();
        Map<String, Integer> refusals = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(ATTACKERS + 1);
        Future<?> wellBehaved = clients.submit(() -> {
            while (attacking.get()) {
                ServiceClient.Reply reply = client().graphql(WELL_BEHAVED);
                if (reply.status() == 200 && reply.body().get("data").toString().equals(wellBehavedAnswer)) {
                    served.incrementAndGet();
                } else {
                    wrongAnswers.add(reply.status() + " " + reply.body());
                }
            }
        });
        List<Future<?>> attackers = new ArrayList<>();
        for (int a = 0; a < ATTACKERS; a++) {
            int attacker = a;
            attackers.add(clients.submit(() -> {
                for (int i = 0; i < ATTACKS_EACH; i++) {
                    if ((attacker + i) % 3 == 0) {
                        dropHalfway("{\"query\": \"" + BACKTRACKING + "\"}");
                        continue;
                    }
                    ServiceClient.Reply reply = client().graphql(ATTACKS.get((attacker + i) % ATTACKS.size()));
                    String limit = reply.status() == 0 ? "no answer"
                            : reply.body().path("errors").path(0).path("extensions").path("limit").asText("answered");
                    refusals.merge(limit, 1, Integer::sum);
                }
            }));
        }
        for (Future<?> attack : attackers) {
            attack.get(5, TimeUnit.MINUTES);
        }
        attacking.set(false);
        wellBehaved.get(1, TimeUnit.MINUTES);
        clients.shutdown();
        System.out.printf("HostileLoadIT: well-behaved answers %d, attacks by outcome %s%n", served.get(), refusals);

        assertTrue(served.get() > 0, "the well-behaved client got no answer");
        assertEquals(List.of(), wrongAnswers);
        assertTrue(refusals.containsKey("newsgraph.graphql.max-estimated-rows"), refusals.toString());
        assertTrue(refusals.containsKey("newsgraph.graphql.max-rows"), refusals.toString());
        assertTrue(refusals.containsKey("newsgraph.graphql.max-answer-size"), refusals.toString());
        assertTrue(refusals.containsKey("answered"), "the search answers: " + refusals);
        assertFalse(refusals.containsKey("no answer"), refusals.toString());
        assertEquals(0, settled("agroal_active_count"), "connections still held after the attackers left");
        assertEquals("UP", client().get("/q/health/ready").contains("\"UP\"") ? "UP" : client().get("/q/health/ready"));
        long heapAfter = heapAfterGc();
        System.out.printf("HostileLoadIT: heap used after GC %d MB before, %d MB after%n", heapBefore >> 20, heapAfter >> 20);
        assertTrue(heapAfter < heapBefore + (32 << 20), "heap " + (heapBefore >> 20) + " MB before, " + (heapAfter >> 20) + " MB after");
        assertFalse(service.log().contains("OutOfMemoryError"));
        assertEquals(wellBehavedAnswer, client().query(WELL_BEHAVED).toString());

        service.terminate();
        assertTrue(service.exitsWithin(SHUTDOWN_TIMEOUT.plusSeconds(5)), "not stopped within the shutdown timeout");
        service = null;
    }

    @Test
    @Order(1)
    void clientsThatNeverFinishTheirHeadersOrTheirBodyAreCutOff() throws IOException {
        try (Socket headers = open()) {
            headers.getOutputStream().write("POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Ty".getBytes(StandardCharsets.US_ASCII));
            assertTrue(closedByServer(headers), "a connection with half its headers is closed");
        }
        try (Socket body = open()) {
            OutputStream out = body.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = body.getInputStream();
            // a byte a second keeps the connection from being idle: only the body's own deadline cuts it off
            int sent = 0;
            while (!body.isClosed() && in.available() == 0 && sent < 60) {
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException e) {
                    break;
                }
                sent++;
                ServiceProcess.pause(1000);
            }
            assertTrue(sent < 60, "a body sent a byte a second was never cut off");
        }
    }

    /** Waits for the server to close the connection: true, or false when it sent something instead. */
    private static boolean closedByServer(Socket socket) {
        try {
            return socket.getInputStream().read() == -1;
        } catch (IOException e) {
            return true;
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket(service.uri("/").getHost(), service.uri("/").getPort());
        socket.setSoTimeout(60_000);
        return socket;
    }

    /** Sends a request and closes the connection before the answer. */
    private void dropHalfway(String body) {
        try (Socket socket = open()) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                    + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Heap in use right after a full collection, which {@code jcmd} asks of the service's JVM. */
    private long heapAfterGc() throws IOException, InterruptedException {
        Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(service.pid()), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        assertEquals(0, gc.waitFor());
        return metric("jvm_memory_used_bytes{area=\"heap\"");
    }

    /** The sum of the samples of a metric in /q/metrics whose line starts with {@code prefix}. */
    /**
     * The metric once in-flight work has ended: a request whose client hung up halfway may still be finishing its
     * query when the attackers return, and gives its connection back a moment later; a leaked connection never does.
     * Polls for up to ten seconds.
     */
    private long settled(String prefix) throws InterruptedException {
        long value = metric(prefix);
        for (int i = 0; i < 100 && value != 0; i++) {
            Thread.sleep(100);
            value = metric(prefix);
        }
        return value;
    }

    private long metric(String prefix) {
        long sum = 0;
        boolean found = false;
        for (String line : client().get("/q/metrics").split("\n")) {
            if (line.startsWith(prefix)) {
                sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        assertTrue(found, "no metric " + prefix);
        return sum;
    }
}
