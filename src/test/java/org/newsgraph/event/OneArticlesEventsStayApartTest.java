package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.support.Database;
import org.newsgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The events one article tells apart stay apart in the store: an invented article reports a reception and the
 * conference its guest came for, on the same day and with the same people; they are two events, and a second
 * outlet's report of the reception joins the reception, not the conference.
 */
@QuarkusTest
class OneArticlesEventsStayApartTest {
    private static final String OUTLET = "صحيفة التجربة";
    private static final String EVENTS = "{ events(first: 10) { edges { node { kind articles { url } } } } }";
    private static final String INGEST = "mutation($in: ArticleInput!) { ingestArticle(input: $in) { created } }";

    @Inject
    Database database;

    private static void ingest(String url, String body) {
        GraphQL.data(INGEST, Map.of("in", Map.of("url", url, "outlet", OUTLET, "body", body,
                "publishedAt", "2023-03-10T08:00:00Z")));
    }

    @BeforeEach
    void aReceptionAndTheConferenceItsGuestAttendsOnOneDay() {
        database.clear();
        ingest("https://example.org/reception/1", "استقبل رئيس المجلس الوطني سالم حداد اليوم الجمعة وزير الخارجية"
                + " الأردني فادي منصور، المشارك في أعمال المؤتمر الدولي للمياه.\n"
                + "وأشاد حداد بحضور فادي منصور في المؤتمر.");
        ingest("https://example.org/reception/2", "التقى رئيس المجلس الوطني سالم حداد اليوم وزير الخارجية الأردني"
                + " فادي منصور، وبحثا العلاقات الثنائية.");
    }

    @Test
    void theReceptionAndTheConferenceAreTwoEventsAndTheOtherReportJoinsTheReception() {
        JsonPath events = GraphQL.data(EVENTS).setRootPath("data.events.edges.node");
        List<String> kinds = events.getList("kind");
        List<List<String>> urls = events.getList("articles.url");
        assertEquals(2, kinds.size(), kinds.toString());
        Map<String, Set<String>> byKind = Map.of(kinds.get(0), Set.copyOf(urls.get(0)), kinds.get(1), Set.copyOf(urls.get(1)));
        assertEquals(Map.of("TALKS", Set.of("https://example.org/reception/1", "https://example.org/reception/2"),
                "CONFERENCE", Set.of("https://example.org/reception/1")), byKind);
    }
}
