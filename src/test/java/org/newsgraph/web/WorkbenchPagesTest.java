package org.newsgraph.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.extraction.DevCorpus;
import org.newsgraph.security.KeyCookie;
import org.newsgraph.security.TestKeys;
import org.newsgraph.support.Database;
import org.newsgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The workbench's pages over the dev corpus, in process: right-to-left Arabic HTML, a fixed number of SQL statements
 * per page that does not grow with the data, 404 and 400 pages, the CSV exports against the API's counts, and the
 * sign-in cookie that only the pages accept.
 */
@QuarkusTest
class WorkbenchPagesTest {
    /** As a browser posts the forms of a UTF-8 page (RestAssured would encode form fields in ISO-8859-1). */
    private static final String FORM_UTF8 = "application/x-www-form-urlencoded; charset=UTF-8";

    @Inject
    Database database;

    private long call;
    private long person;
    private long article;

    @BeforeEach
    void devCorpus() {
        WorkbenchCorpus.ingest(database);
        call = WorkbenchCorpus.call();
        person = Long.parseLong(GraphQL.data("{ event(id: " + call + ") { participants { id } articles { id } } }")
                .getString("event.participants[0].id"));
        article = Long.parseLong(GraphQL.data("{ event(id: " + call + ") { articles { id } } }").getString("event.articles[0].id"));
    }

    private Map<String, Integer> pages() {
        Map<String, Integer> statements = new LinkedHashMap<>();
        // events page, participants, source counts
        statements.put("/", 3);
        // event, participants, source counts, articles, their outlets, claims, quotes joined with speaker, article and outlet
        statements.put("/events/" + call, 7);
        // person, aliases, events taken part in, a page of quotes, their speakers, events, articles with outlets
        statements.put("/people/" + person, 7);
        // article with outlet, texts, quotes joined with speaker and event, events, mention spans
        statements.put("/articles/" + article, 5);
        // people page and count, quotes page and count, the quotes' speakers, events, articles; the people's events
        statements.put("/search?q=" + "بوتين", 8);
        return statements;
    }

    @Test
    void everyPageIsRightToLeftArabicHtmlWithAFixedNumberOfStatements() {
        Map<String, Long> before = measure();
        pages().forEach((path, expected) -> assertEquals(expected.longValue(), before.get(path), "SQL statements of " + path));
        // twice the articles about the same events, more quotes each: the same statements
        DevCorpus.index().forEach(item -> WorkbenchCorpus.ingest(item, item.url() + "-copy", item.outlet() + " copy"));
        assertEquals(before, measure());
    }

    private Map<String, Long> measure() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String path : pages().keySet()) {
            long start = database.statements();
            given().get(path).then().statusCode(200).contentType(containsString("text/html")).contentType(containsString("UTF-8"))
                    .body(containsString("<html lang=\"ar\" dir=\"rtl\">"));
            out.put(path, database.statements() - start);
        }
        return out;
    }

    @Test
    void theEventPageShowsQuotesOfBothSidesOutletByOutletWithLinksToTheirSpans() {
        String page = given().get("/events/" + call).then().statusCode(200).extract().asString();
        assertTrue(page.contains("فلاديمير بوتين") && page.contains("جو بايدن"), "both leaders on the page");
        assertTrue(page.contains("BBC Arabic") && page.contains("Independent Arabia") && page.contains("The Guardian (Arabic translation)"));
        assertTrue(page.matches("(?s).*href=\"/articles/\\d+#q\\d+\".*"), "quotes link to their spans");
        assertTrue(page.contains("class=\"disputed\""), "the outlets disagree on a claim");
    }

    @Test
    void aClaimLinksToItsSpanMarkedInTheArticle() {
        String event = given().get("/events/" + call).then().statusCode(200).extract().asString();
        Matcher link = Pattern.compile("href=\"(/articles/\\d+\\?from=(\\d+)&amp;to=(\\d+))#span\"").matcher(event);
        assertTrue(link.find(), "the claims link to their spans");
        String article = given().urlEncodingEnabled(false).get(link.group(1).replace("&amp;", "&")).then().statusCode(200).extract().asString();
        assertTrue(article.contains("id=\"span\""), "the claim's span is marked");
    }

    @Test
    void aPersonsQuotesFilterByOutlet() {
        String outlet = GraphQL.data("{ person(id: " + person + ") { quotes(first: 1) { edges { node { article { outlet { name } } } } } } }")
                .getString("person.quotes.edges[0].node.article.outlet.name");
        String page = given().queryParam("outlet", outlet).get("/people/" + person).then().statusCode(200).extract().asString();
        Matcher shown = Pattern.compile("<span class=\"outlet\"><bdi>([^<]+)</bdi>").matcher(page);
        int quotes = 0;
        while (shown.find()) {
            assertEquals(outlet, shown.group(1));
            quotes++;
        }
        assertTrue(quotes > 0, "the person's quotes in " + outlet);
    }

    @Test
    void anEditorAddsAnAliasAndReassignsAQuoteThroughThePages() {
        String page = given().cookie(KeyCookie.NAME, TestKeys.EDITOR).get("/events/" + call).then().statusCode(200).extract().asString();
        Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find(), "editor forms carry a token");
        given().redirects().follow(false).cookie(KeyCookie.NAME, TestKeys.EDITOR).contentType(FORM_UTF8).formParam("csrf", token.group(1))
                .formParam("person", person).formParam("alias", "اسم أضافه المحرر").post("/editor/add-alias").then().statusCode(303)
                .header("Location", containsString("/people/" + person));
        assertTrue(GraphQL.data("{ person(id: " + person + ") { aliases } }").getList("person.aliases").contains("اسم أضافه المحرر"));

        String quote = GraphQL.data("{ quotes(event: " + call + ", first: 1) { edges { node { id } } } }").getString("quotes.edges[0].node.id");
        given().redirects().follow(false).cookie(KeyCookie.NAME, TestKeys.EDITOR).formParam("csrf", token.group(1)).formParam("quote", quote)
                .formParam("speaker", person).post("/editor/reassign-quote").then().statusCode(303)
                .header("Location", containsString("/events/" + call));
        assertEquals(String.valueOf(person), GraphQL.data("{ quotes(event: " + call + ", first: 1) { edges { node { speaker { id } } } } }")
                .getString("quotes.edges[0].node.speaker.id"));
        given().cookie(KeyCookie.NAME, TestKeys.EDITOR).formParam("csrf", token.group(1)).formParam("quote", quote)
                .post("/editor/reassign-quote").then().statusCode(400).body(containsString("speaker"));
    }

    @Test
    void anUnknownIdAnswersA404PageAndABadParameterA400PageNamingIt() {
        for (String path : List.of("/events/987654321", "/people/987654321", "/articles/987654321")) {
            given().get(path).then().statusCode(404).contentType(containsString("text/html")).body(containsString("404"));
        }
        Map<String, String> bad = Map.of("/events/abc", "id", "/people/1.5", "id", "/articles/" + article + "?from=10", "to",
                "/?after=nonsense", "after", "/quotes.csv?kind=SHOUTED", "kind", "/quotes.csv?minConfidence=2", "minConfidence",
                "/quotes.csv?from=yesterday", "from", "/events.csv?participant=x", "participant", "/search?q=%%", "search",
                "/people/" + person + "?event=1 OR 1=1", "event");
        bad.forEach((path, parameter) -> given().get(path).then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString(parameter)).body(not(containsString("Exception"))).body(not(containsString("at org."))));
    }

    @Test
    void theQuotesCsvHasABomTheHeaderAndOneRowPerQuoteOfTheApisList() {
        assertCsv("/quotes.csv?event=" + call, CsvExports.QUOTE_COLUMNS,
                GraphQL.data("{ quotes(event: " + call + ") { totalCount } }").getInt("quotes.totalCount"));
        assertCsv("/quotes.csv?outlet=BBC Arabic&kind=DIRECT&from=2021-12-30&to=2021-12-30&minConfidence=0.5", CsvExports.QUOTE_COLUMNS,
                GraphQL.data("{ quotes(outlet: \"BBC Arabic\", kind: DIRECT, from: \"2021-12-30\", to: \"2021-12-30\", minConfidence: 0.5)"
                        + " { totalCount } }").getInt("quotes.totalCount"));
        assertCsv("/quotes.csv", CsvExports.QUOTE_COLUMNS, GraphQL.data("{ quotes { totalCount } }").getInt("quotes.totalCount"));
        assertCsv("/events.csv?kind=PHONE_CALL", CsvExports.EVENT_COLUMNS,
                GraphQL.data("{ events(kind: PHONE_CALL) { totalCount } }").getInt("events.totalCount"));
    }

    private static void assertCsv(String path, List<String> header, int rows) {
        Response response = given().get(path);
        response.then().statusCode(200).contentType(startsWith("text/csv")).header("Content-Disposition", containsString("attachment"));
        byte[] bytes = response.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 byte order mark");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals(String.join(",", header), text.substring(0, text.indexOf("\r\n")));
        assertEquals(rows, records(text) - 1, "rows of " + path);
        assertTrue(rows > 0, path + " has rows");
    }

    /** CSV records: line ends outside quoted fields. */
    private static int records(String text) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            quoted ^= c == '"';
            count += !quoted && c == '\n' ? 1 : 0;
        }
        return count;
    }

    @Test
    void readersNeverSeeEditorControlsAndEditorsGetFormsWithATokenOfTheirSignIn() {
        given().get("/people/" + person).then().statusCode(200).body(not(containsString("/editor/")));
        given().cookie(KeyCookie.NAME, TestKeys.READER).get("/people/" + person).then().statusCode(200).body(not(containsString("/editor/")));
        given().cookie(KeyCookie.NAME, TestKeys.EDITOR).get("/people/" + person).then().statusCode(200)
                .body(containsString("action=\"/editor/merge-people\"")).body(containsString("name=\"csrf\""));
    }

    @Test
    void signingInKeepsTheKeyInAnHttpOnlySameSiteStrictCookie() {
        Response signedIn = given().redirects().follow(false).formParam("key", TestKeys.EDITOR).formParam("then", "/people/" + person)
                .post("/login");
        signedIn.then().statusCode(303).header("Location", containsString("/people/" + person));
        String cookie = signedIn.getHeader("Set-Cookie");
        assertTrue(cookie.startsWith(KeyCookie.NAME + "=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        given().formParam("key", "not-a-key-of-this-service").post("/login").then().statusCode(401).body(containsString("المفتاح غير معروف"));
        given().redirects().follow(false).formParam("key", TestKeys.EDITOR).formParam("then", "//evil.example/").post("/login").then()
                .statusCode(303).header("Location", not(containsString("evil")));
        given().header("Origin", "https://evil.example").formParam("key", TestKeys.EDITOR).post("/login").then().statusCode(403);
    }

    @Test
    void theApiNeverAcceptsTheCookieAndFormsNeedTheirToken() {
        Map<String, Long> rows = database.rowCounts();
        String mutation = "{\"query\": \"mutation { addAlias(person: " + person + ", alias: \\\"اسم مزور\\\") { id } }\"}";
        given().cookie(KeyCookie.NAME, TestKeys.EDITOR).contentType("application/json").body(mutation).post("/graphql").then()
                .body(containsString("errors"));
        given().cookie(KeyCookie.NAME, TestKeys.EDITOR).contentType("application/json")
                .body("{\"url\": \"https://x.example/1\", \"outlet\": \"X\", \"body\": \"قال فلان: «نص»\"}").post("/articles").then()
                .statusCode(401);
        given().cookie(KeyCookie.NAME, TestKeys.EDITOR).formParam("person", person).formParam("alias", "اسم مزور")
                .formParam("csrf", "forged").post("/editor/add-alias").then().statusCode(403).contentType(containsString("text/html"));
        given().formParam("person", person).formParam("alias", "اسم مزور").post("/editor/add-alias").then().statusCode(401);
        assertEquals(rows, database.rowCounts(), "nothing written");
    }
}
