package org.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.support.BenchData;
import org.newsgraph.support.Database;
import org.newsgraph.support.GraphQL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The four benchmark shapes of the shared bench, on the data set its generator makes (scale 1): each returns the data
 * of the file, in the documented order, with a fixed number of SQL statements that does not depend on the size of the
 * answer and reading only the rows it returns, whether the planned executor or SmallRye's runs it.
 */
@QuarkusTest
class BenchmarkShapesTest {
    /** The generated file, read once: quotes and events by id. */
    private static final Map<Long, JsonNode> QUOTES = new TreeMap<>();
    private static final Map<Long, JsonNode> EVENTS = new TreeMap<>();
    private static final Map<Long, JsonNode> ARTICLES = new TreeMap<>();

    @Inject
    Database database;

    @BeforeAll
    static void generateTheDataSet() throws IOException, InterruptedException {
        assumeTrue(BenchData.available(), "the shared bench is beside the project");
        BenchData.generate();
        BenchData.eachArticle(article -> {
            ARTICLES.put(article.get("id").asLong(), article);
            article.get("events").forEach(e -> EVENTS.put(e.get("id").asLong(), e));
            article.get("quotes").forEach(q -> QUOTES.put(q.get("id").asLong(), withArticle(q, article)));
        });
    }

    private static JsonNode withArticle(JsonNode quote, JsonNode article) {
        ((ObjectNode) quote).put("published_at", article.get("published_at").asText());
        return quote;
    }

    @BeforeEach
    void importTheDataSetOnce() throws IOException {
        if (database.rowCounts().get("article") != ARTICLES.size()) {
            BenchData.importInto(database);
        }
    }

    /**
     * Runs a request with both executors, the planned one and SmallRye's, checking that they answer alike and that each
     * sent exactly {@code statements} SQL statements returning exactly {@code rows} rows; returns the data.
     */
    private JsonPath run(String query, Map<String, Object> variables, int statements, long rows) {
        String planned = null;
        for (boolean bySmallRye : new boolean[] {false, true}) {
            long statementsBefore = database.statements();
            long rowsBefore = database.rowsRead();
            String answer = GraphQL.raw(query, variables, bySmallRye);
            String executor = bySmallRye ? "SmallRye" : "the planned executor";
            assertEquals(statements, database.statements() - statementsBefore, "SQL statements of one request run by " + executor);
            assertEquals(rows, database.rowsRead() - rowsBefore, "rows read for one request run by " + executor);
            if (planned == null) {
                planned = answer;
            } else {
                assertEquals(answer, planned);
            }
        }
        return JsonPath.from(planned).setRootPath("data");
    }

    private static List<String> quoteTexts(java.util.function.Predicate<JsonNode> which, Comparator<JsonNode> order) {
        return QUOTES.values().stream().filter(which).sorted(order).map(q -> q.get("text").asText()).toList();
    }

    @Test
    void eventWithAllQuotesReturnsEveryQuoteInIdOrder() throws IOException {
        long id = BenchData.firstId("event");
        List<String> expected = quoteTexts(q -> q.path("event_id").asLong(-1) == id, Comparator.comparingLong(q -> q.get("id").asLong()));
        int participants = EVENTS.get(id).get("participants").size();
        // the event, its participants, its quotes joined with speaker, article and outlet
        JsonPath data = run(BenchData.shape("q1"), Map.of("id", id), 3, 1 + participants + expected.size());

        assertEquals(expected, data.getList("event.quotes.text"));
        assertEquals(participants, data.getList("event.participants").size());
        assertTrue(data.getList("event.quotes.article.outlet.name").stream().allMatch(name -> name != null));
    }

    @Test
    void eventListPageReturnsTheNewestTwentyWithTheirFirstTenQuotes() throws IOException {
        List<Long> expected = EVENTS.values().stream()
                .sorted(Comparator.comparing((JsonNode e) -> e.get("starts_on").asText()).reversed()
                        .thenComparing(Comparator.comparingLong((JsonNode e) -> e.get("id").asLong()).reversed()))
                .limit(20).map(e -> e.get("id").asLong()).toList();
        long quotesShown = expected.stream()
                .mapToLong(e -> Math.min(10, QUOTES.values().stream().filter(q -> q.path("event_id").asLong(-1) == e).count())).sum();
        // the page (one row more tells whether another follows), then only the first ten quotes of each event
        JsonPath data = run(BenchData.shape("q2"), Map.of(), 2, Math.min(21, EVENTS.size()) + quotesShown);

        assertEquals(expected, data.getList("events.edges.node.id", String.class).stream().map(Long::valueOf).toList());
        long top = expected.get(0);
        List<String> quotes = quoteTexts(q -> q.path("event_id").asLong(-1) == top, Comparator.comparingLong(q -> q.get("id").asLong()));
        assertEquals(quotes.subList(0, Math.min(10, quotes.size())), data.getList("events.edges[0].node.quotes.text"));
    }

    @Test
    void personWithQuotesReturnsTheNewestFiftyArticleDateFirst() throws IOException {
        long id = BenchData.firstId("person");
        List<String> expected = quoteTexts(q -> q.get("speaker").get("id").asLong() == id,
                Comparator.comparing((JsonNode q) -> q.get("published_at").asText()).reversed()
                        .thenComparingLong(q -> q.get("id").asLong()));
        // the person, then 51 of its quotes at most (the extra one tells whether another page follows)
        JsonPath data = run(BenchData.shape("q3"), Map.of("id", id), 2, 1 + Math.min(51, expected.size()));

        assertEquals(expected.subList(0, Math.min(50, expected.size())), data.getList("person.quotes.edges.node.text"));
    }

    @Test
    void articleWithEverythingReturnsItsQuotesInPositionOrder() throws IOException {
        long id = BenchData.firstId("article");
        List<String> expected = new ArrayList<>();
        ARTICLES.get(id).get("quotes").forEach(q -> expected.add(q.get("text").asText()));
        // the article with its outlet, then its quotes with speakers and events
        JsonPath data = run(BenchData.shape("q4"), Map.of("id", id), 2, 1 + expected.size());

        assertEquals(expected, data.getList("article.quotes.text"));
        assertEquals(ARTICLES.get(id).get("outlet").get("name").asText(), data.getString("article.outlet.name"));
    }
}
