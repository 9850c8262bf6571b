package org.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.support.Database;
import org.newsgraph.support.GraphQL;
import org.newsgraph.support.NodeClients;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * Subscriptions with a real client (graphql-ws over graphql-transport-ws, from node): a client subscribed to an
 * event sees the quotes and the event update of an article ingested afterwards, and nothing of a write that failed.
 */
@QuarkusTest
class LiveUpdatesTest {
    private static final String INGEST = """
            mutation($in: ArticleInput!) { ingestArticle(input: $in) { article { events { id } quotes { text } } } }""";
    /** A generous bound for CI, not a speed target: delivery normally takes milliseconds. */
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @TestHTTPResource("/graphql")
    URI endpoint;
    @Inject
    Database database;
    @Inject
    MeterRegistry metrics;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    private static Map<String, Object> article(String url, String outlet, String body) {
        return Map.of("url", url, "outlet", outlet, "publishedAt", "2024-05-02T09:00:00Z", "body", body);
    }

    private static long ingestCall() {
        List<Integer> events = GraphQL.data(INGEST, Map.of("in", article("https://example.org/live/1", "صحيفة الأولى",
                "أجرى الرئيس الأوروغوياني ماتياس بيريرا اتصالا هاتفيا مع نظيره التشيلي خافيير مونتيس يوم الأربعاء.")))
                .getList("ingestArticle.article.events.id", Integer.class);
        assertEquals(1, events.size(), "the first article reports the call");
        return events.get(0);
    }

    private NodeClients.Running subscribe(String query, long eventId, int results) throws InterruptedException {
        double before = openSubscriptions();
        NodeClients.Running client = NodeClients.start("subscribe.mjs", endpoint.toString().replaceFirst("^http", "ws"),
                new JsonObject().put("query", query).put("variables", new JsonObject().put("id", String.valueOf(eventId))).encode(),
                String.valueOf(results));
        long deadline = System.nanoTime() + DELIVERY.toNanos();
        while (openSubscriptions() <= before) {
            assertTrue(System.nanoTime() < deadline, "the subscription was registered");
            Thread.sleep(20);
        }
        return client;
    }

    private double openSubscriptions() {
        return metrics.get(LiveUpdates.GAUGE).gauge().value();
    }

    @Test
    void aClientSubscribedToAnEventSeesTheQuoteOfANewlyIngestedArticle() throws Exception {
        long call = ingestCall();
        try (NodeClients.Running client = subscribe(
                "subscription($id: ID) { quoteAdded(event: $id) { text event { id } speaker { name } } }", call, 1)) {
            GraphQL.data(INGEST, Map.of("in", article("https://example.org/live/2", "صحيفة الثانية",
                    "تحدث الرئيس التشيلي خافيير مونتيس مع نظيره الأوروغوياني ماتياس بيريرا هاتفيا أمس.\n"
                            + "وقال الرئيس التشيلي خافيير مونتيس إن الاتصال تناول التعاون التجاري بين البلدين.")));

            JsonObject quote = new JsonObject(client.nextLine(DELIVERY)).getJsonObject("next").getJsonObject("data")
                    .getJsonObject("quoteAdded");
            assertEquals("الاتصال تناول التعاون التجاري بين البلدين", quote.getString("text"));
            assertEquals("خافيير مونتيس", quote.getJsonObject("speaker").getString("name"));
            assertEquals(String.valueOf(call), quote.getJsonObject("event").getString("id"));
            assertEquals(0, client.finish(DELIVERY).exitCode());
        }
    }

    @Test
    void aClientSubscribedToAnEventSeesItGainASourceAndNothingOfARefusedArticle() throws Exception {
        long call = ingestCall();
        try (NodeClients.Running client = subscribe(
                "subscription($id: ID) { eventUpdated(id: $id) { id kind articleCount independentSourceCount } }", call, 1)) {
            assertTrue(GraphQL.post(INGEST, Map.of("in", article("ftp://example.org/live/refused", "صحيفة الثالثة",
                    "قال الرئيس التشيلي خافيير مونتيس: «هذا مقال مرفوض».")))
                    .getList("errors").size() > 0, "an article with an ftp url is refused");
            GraphQL.data(INGEST, Map.of("in", article("https://example.org/live/3", "صحيفة الثانية",
                    "تحدث الرئيس التشيلي خافيير مونتيس مع نظيره الأوروغوياني ماتياس بيريرا هاتفيا أمس.")));

            JsonObject event = new JsonObject(client.nextLine(DELIVERY)).getJsonObject("next").getJsonObject("data")
                    .getJsonObject("eventUpdated");
            assertEquals(String.valueOf(call), event.getString("id"));
            assertEquals("PHONE_CALL", event.getString("kind"));
            assertEquals(2, event.getInteger("articleCount"));
            assertEquals(2, event.getInteger("independentSourceCount"));
            assertEquals(0, client.finish(DELIVERY).exitCode());
        }
    }
}
