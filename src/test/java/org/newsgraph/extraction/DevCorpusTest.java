package org.newsgraph.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.newsgraph.support.Database;
import org.newsgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The targets on articles the service has never seen: the dev corpus goes in through the ingestArticle
 * mutation, comes back through the public GraphQL queries, and is scored against its gold annotations.
 */
@QuarkusTest
class DevCorpusTest {
    private static final String INGEST = """
            mutation($in: ArticleInput!) { ingestArticle(input: $in) { created } }""";
    private static final String READ = """
            { articles(first: 50) { edges { node { url body
                quotes { text startOffset endOffset speaker { name aliases } event { id } } } } }
              events(first: 100) { edges { node { id kind startsOn articles { url } } } } }""";

    @Inject
    Database database;

    @Test
    void devCorpusThroughTheApiMeetsTheTargets() {
        assumeTrue(DevCorpus.available(), "dev corpus not available");
        database.clear();
        Map<String, String> fileByUrl = new HashMap<>();
        for (DevCorpus.Item item : DevCorpus.index()) {
            fileByUrl.put(item.url(), item.file());
            JsonPath created = GraphQL.data(INGEST, Map.of("in", Map.of("url", item.url(), "outlet", item.outlet(),
                    "publishedAt", item.publishedAt(), "language", "ar", "body", item.body())));
            assertTrue(created.getBoolean("ingestArticle.created"), item.file());
        }
        JsonPath read = GraphQL.data(READ);

        Map<String, DevCorpus.PredictedEvent> events = new HashMap<>();
        for (Map<String, Object> e : read.<Map<String, Object>>getList("events.edges.node")) {
            Set<String> files = new HashSet<>();
            for (Map<String, Object> a : list(e.get("articles"))) {
                files.add(fileByUrl.get((String) a.get("url")));
            }
            String startsOn = (String) e.get("startsOn");
            events.put((String) e.get("id"), new DevCorpus.PredictedEvent((String) e.get("kind"),
                    startsOn == null ? null : LocalDate.parse(startsOn), files));
        }
        Map<String, List<DevCorpus.PredictedQuote>> quotes = new HashMap<>();
        for (Map<String, Object> article : read.<Map<String, Object>>getList("articles.edges.node")) {
            String body = (String) article.get("body");
            List<DevCorpus.PredictedQuote> predicted = new ArrayList<>();
            for (Map<String, Object> q : list(article.get("quotes"))) {
                String text = (String) q.get("text");
                assertEquals(text, body.substring((Integer) q.get("startOffset"), (Integer) q.get("endOffset")),
                        "quote offsets point into the body the API returns");
                predicted.add(new DevCorpus.PredictedQuote(text, forms(q.get("speaker")),
                        q.get("event") == null ? null : events.get((String) map(q.get("event")).get("id"))));
            }
            quotes.put(fileByUrl.get((String) article.get("url")), predicted);
        }

        Map<String, Double> m = DevCorpus.score(quotes, List.copyOf(events.values()));
        System.out.println("dev corpus through the API: " + m);
        // the targets; every event reported by several articles must come back as one
        DevCorpus.assertAtLeast(m, Map.of("span_f1", 0.90, "speaker_accuracy", 0.90, "event_link_accuracy", 0.85,
                "e2e_f1", 0.85, "event_recall", 0.90, "merged_correctly", m.get("multi_source_events")));
    }

    private static Set<String> forms(Object speaker) {
        Set<String> out = new HashSet<>();
        if (speaker != null) {
            out.add((String) map(speaker).get("name"));
            for (Object alias : (List<?>) map(speaker).get("aliases")) {
                out.add((String) alias);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
