package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.support.Database;
import org.newsgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The ingestArticle mutation: stores an article with what it reports, idempotent by url, all or nothing. */
@QuarkusTest
class IngestArticleTest {
    static final String INGEST = """
            mutation($in: ArticleInput!) { ingestArticle(input: $in) {
              created quotes events warnings
              article { id url title publishedAt language outlet { name } body quotes { text kind cue speaker { name } } } } }""";
    static final String FIRST_BODY = "شارك موقعنا على فيسبوك\n"
            + "قال وزير الخارجية سامي الخطيب: «نحن مستعدون للحوار مع جميع الأطراف».\n"
            + "وأكدت الحكومة أن المحادثات ستستمر الأسبوع المقبل.";
    static final String SECOND_BODY = "قال رئيس الوزراء نبيل حداد: «الاتفاق يحمي مصالح البلدين».";

    @Inject
    Database database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    static Map<String, Object> article(String url, String body) {
        Map<String, Object> input = new HashMap<>();
        input.put("url", url);
        input.put("outlet", "صحيفة المثال");
        input.put("title", "الخطيب يدعو إلى الحوار");
        input.put("publishedAt", "2024-03-05T10:00:00Z");
        input.put("body", body);
        return input;
    }

    static JsonPath ingest(Map<String, Object> input) {
        return GraphQL.data(INGEST, Map.of("in", input)).setRootPath("data.ingestArticle");
    }

    @Test
    void ingestingAnArticleStoresItAndItsQuotes() {
        JsonPath result = ingest(article("https://example.org/news/1", FIRST_BODY));

        assertTrue(result.getBoolean("created"));
        assertEquals("https://example.org/news/1", result.getString("article.url"));
        assertEquals("صحيفة المثال", result.getString("article.outlet.name"));
        assertEquals("2024-03-05T10:00:00Z", result.getString("article.publishedAt"));
        assertEquals("ar", result.getString("article.language"));
        List<String> quotes = result.getList("article.quotes.text");
        assertEquals(result.getInt("quotes"), quotes.size());
        assertTrue(quotes.stream().anyMatch(q -> q.contains("نحن مستعدون للحوار")), quotes.toString());
        assertFalse(result.getString("article.body").contains("فيسبوك"), "the share prompt is page noise");
    }

    @Test
    void anIngestedArticleIsFoundByItsUrlInTheFormIngestionStoresAndAnUnknownUrlFindsNothing() {
        String id = ingest(article("  https://example.org/news/1 ", FIRST_BODY)).getString("article.id");
        String byUrl = "query($url: String!) { articleByUrl(url: $url) { id url outlet { name } } }";

        for (String sent : List.of("https://example.org/news/1", " https://example.org/news/1\n")) {
            JsonPath found = GraphQL.data(byUrl, Map.of("url", sent)).setRootPath("data.articleByUrl");
            assertEquals(id, found.getString("id"));
            assertEquals("https://example.org/news/1", found.getString("url"));
            assertEquals("صحيفة المثال", found.getString("outlet.name"));
        }
        assertNull(GraphQL.data(byUrl, Map.of("url", "https://example.org/news/2")).get("articleByUrl"));
    }

    @Test
    void ingestingTheSameUrlAgainCreatesNothing() {
        ingest(article("https://example.org/news/1", FIRST_BODY));
        Map<String, Long> before = database.rowCounts();

        JsonPath again = ingest(article("https://example.org/news/1", FIRST_BODY));

        assertFalse(again.getBoolean("created"));
        assertEquals(before, database.rowCounts());
    }

    @Test
    void aChangedBodyReplacesTheQuotesOfThatArticle() {
        JsonPath first = ingest(article("https://example.org/news/1", FIRST_BODY));

        JsonPath second = ingest(article("https://example.org/news/1", SECOND_BODY));

        assertFalse(second.getBoolean("created"));
        assertEquals(first.getString("article.id"), second.getString("article.id"));
        List<String> quotes = second.getList("article.quotes.text");
        assertTrue(quotes.stream().anyMatch(q -> q.contains("الاتفاق يحمي مصالح البلدين")), quotes.toString());
        assertTrue(quotes.stream().noneMatch(q -> q.contains("مستعدون للحوار")), quotes.toString());
        assertEquals(1L, database.rowCounts().get("article"));
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("blank url", "url", "   "),
                Arguments.of("ftp url", "url", "ftp://example.org/file"),
                Arguments.of("relative url", "url", "/news/1"),
                Arguments.of("blank outlet", "outlet", ""),
                Arguments.of("blank body", "body", " \n "),
                Arguments.of("body over 1 MB", "body", "ا".repeat(600_000)),
                Arguments.of("binary body", "body", "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f".repeat(20)),
                Arguments.of("unparseable publishedAt", "publishedAt", "yesterday"),
                Arguments.of("publishedAt before 1900", "publishedAt", "1850-01-01T00:00:00Z"),
                Arguments.of("publishedAt in the far future", "publishedAt", "2999-01-01T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsRejectedNamingTheFieldAndStoresNothing(String label, String field, String value) {
        ingest(article("https://example.org/news/kept", FIRST_BODY));
        Map<String, Long> before = database.rowCounts();
        Map<String, Object> input = article("https://example.org/news/2", SECOND_BODY);
        input.put(field, value);

        JsonPath response = GraphQL.post(INGEST, Map.of("in", input));

        assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"), response.prettify());
        assertEquals(field, response.getString("errors[0].extensions.field"));
        assertTrue(response.getString("errors[0].message").startsWith(field), response.getString("errors[0].message"));
        assertEquals(before, database.rowCounts());
    }
}
