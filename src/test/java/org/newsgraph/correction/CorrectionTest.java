package org.newsgraph.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.support.Database;
import org.newsgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Editorial corrections through GraphQL: applied at once, kept across re-ingestion, applied to new articles. */
@QuarkusTest
class CorrectionTest {
    private static final String INGEST = """
            mutation($in: ArticleInput!) { ingestArticle(input: $in) { article { id quotes { id text speaker { id name } } } } }""";

    @Inject
    Database database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    private static JsonPath ingest(String url, String body) {
        return GraphQL.data(INGEST, Map.of("in", Map.of("url", url, "outlet", "صحيفة الاختبار",
                "publishedAt", "2024-05-01T09:00:00Z", "body", body))).setRootPath("data.ingestArticle.article");
    }

    private static String speakerOf(JsonPath article, String quoteFragment) {
        List<Map<String, Object>> quotes = article.getList("quotes");
        for (Map<String, Object> quote : quotes) {
            if (((String) quote.get("text")).contains(quoteFragment)) {
                return (String) ((Map<?, ?>) quote.get("speaker")).get("id");
            }
        }
        throw new AssertionError("no quote containing " + quoteFragment + " in " + quotes);
    }

    @Test
    void mergingTwoPeopleMovesTheQuotesAndAliasesToTheOneKept() {
        JsonPath a = ingest("https://example.org/c/1", "قال كريم الحسن: «سنواصل العمل مع الشركاء».");
        JsonPath b = ingest("https://example.org/c/2", "قال كريم حسن: «الحوار هو الطريق الوحيد».");
        String kept = speakerOf(a, "سنواصل");
        String merged = speakerOf(b, "الحوار");
        if (kept.equals(merged)) {
            return; // the pipeline already knew they are one person: nothing to merge
        }

        JsonPath person = GraphQL.data("mutation($k: ID!, $m: ID!) { mergePeople(keep: $k, merge: $m, note: \"same minister\")"
                + " { id aliases quotes { totalCount } } }", Map.of("k", kept, "m", merged)).setRootPath("data.mergePeople");

        assertEquals(kept, person.getString("id"));
        assertEquals(2, person.getInt("quotes.totalCount"));
        assertTrue(person.getList("aliases", String.class).containsAll(List.of("كريم الحسن", "كريم حسن")), person.prettify());
        assertNull(GraphQL.data("query($id: ID!) { person(id: $id) { id } }", Map.of("id", merged)).get("data.person"));
    }

    @Test
    void anAddedAliasResolvesInLaterArticles() {
        String id = speakerOf(ingest("https://example.org/c/1", "قال كريم الحسن: «سنواصل العمل مع الشركاء»."), "سنواصل");

        GraphQL.data("mutation($p: ID!) { addAlias(person: $p, alias: \"أبو يوسف\") { id } }", Map.of("p", id));
        JsonPath later = ingest("https://example.org/c/2", "قال أبو يوسف: «لن نتراجع عن هذا القرار».");

        assertEquals(id, speakerOf(later, "لن نتراجع"));
    }

    @Test
    void aReassignedSpeakerSurvivesReingestionOfTheArticle() {
        String body = "قال كريم الحسن: «سنواصل العمل مع الشركاء».\nقال نبيل حداد: «الحوار هو الطريق الوحيد».";
        JsonPath article = ingest("https://example.org/c/1", body);
        String nabil = speakerOf(article, "الحوار");
        String quoteId = article.getList("quotes", Map.class).stream()
                .filter(q -> ((String) q.get("text")).contains("سنواصل")).map(q -> (String) q.get("id")).findFirst().orElseThrow();

        JsonPath reassigned = GraphQL.data("mutation($q: ID!, $s: ID!) { reassignQuote(quote: $q, speaker: $s) { speaker { id } speakerRule speakerConfidence } }",
                Map.of("q", quoteId, "s", nabil)).setRootPath("data.reassignQuote");
        assertEquals(nabil, reassigned.getString("speaker.id"));
        assertEquals("editor", reassigned.getString("speakerRule"));

        JsonPath again = ingest("https://example.org/c/1", body + "\nوأشار التقرير إلى أن الاجتماع انتهى مساء.");
        assertEquals(nabil, speakerOf(again, "سنواصل"));
    }

    @Test
    void correctionsOfUnknownRowsAreBadInputAndChangeNothing() {
        ingest("https://example.org/c/1", "قال كريم الحسن: «سنواصل العمل مع الشركاء».");
        Map<String, Long> before = database.rowCounts();

        JsonPath response = GraphQL.post("mutation { mergePeople(keep: 999999, merge: 999998) { id } }", Map.of());

        assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"));
        assertEquals("keep", response.getString("errors[0].extensions.field"));
        assertEquals(before, database.rowCounts());
    }
}
