package org.newsgraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.support.Database;
import org.newsgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The gaps probing found, closed: bodies that clean to nothing, duplicate JSON keys, a charset other than UTF-8 on
 * REST, aliases with control characters or owned by another person, and internationalised urls.
 */
@QuarkusTest
class StrictInputIT {
    private static final String INGEST = "mutation($in: ArticleInput!) { ingestArticle(input: $in) { created article { id url } } }";
    private static final String SAID = "قال وزير الخارجية سامي الخطيب: «نحن مستعدون للحوار مع جميع الأطراف».";

    @Inject
    Database database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    private static Map<String, Object> article(String url, String body) {
        return Map.of("url", url, "outlet", "صحيفة المثال", "body", body);
    }

    @Test
    void aBodyWithNoTextOnceCleanedIsRefusedNamingTheBody() {
        for (String body : new String[] {"\u200b\u200c\u200d\u2066\u202e\u200f\ufeff", "<div><p></p><br/></div>", "<script>x</script>\u200b"}) {
            JsonPath refused = GraphQL.post(INGEST, Map.of("in", article("https://example.org/empty/1", body)));
            assertEquals("BAD_USER_INPUT", refused.getString("errors[0].extensions.code"), body);
            assertEquals("body", refused.getString("errors[0].extensions.field"), body);
            given().header(TestKeys.editor()).contentType(ContentType.JSON).body(article("https://example.org/empty/2", body))
                    .post("/articles").then().statusCode(400).body("field", equalTo("body"));
        }
        assertEquals(0L, database.rowCounts().get("article"));
    }

    @Test
    void aJsonObjectWithAKeyTwiceIsRefusedOnEveryEndpoint() {
        byte[] graphql = "{\"query\": \"{ articles { totalCount } }\", \"query\": \"{ events { totalCount } }\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(400, RawHttp.post("/graphql", "application/json", graphql, null).status());
        byte[] variables = ("{\"query\": \"query($u: String) { articles(outlet: $u) { totalCount } }\","
                + " \"variables\": {\"u\": \"a\", \"u\": \"b\"}}").getBytes(StandardCharsets.UTF_8);
        assertEquals(400, RawHttp.post("/graphql", "application/json", variables, null).status());
        byte[] rest = "{\"url\": \"https://example.org/twice/1\", \"url\": \"https://example.org/twice/2\", \"outlet\": \"o\", \"body\": \"نص\"}"
                .getBytes(StandardCharsets.UTF_8);
        RawHttp.Reply reply = RawHttp.post("/articles", "application/json", rest, "Bearer " + TestKeys.EDITOR);
        assertEquals(400, reply.status(), reply.body());
        assertEquals(0L, database.rowCounts().get("article"));
    }

    @Test
    void aBodyDeclaredInAnotherCharsetIsRefusedByRestAsByGraphQL() {
        byte[] body = ("{\"url\": \"https://example.org/latin/1\", \"outlet\": \"o\", \"body\": \"" + SAID + "\"}").getBytes(StandardCharsets.UTF_8);
        String editor = "Bearer " + TestKeys.EDITOR;
        assertEquals(415, RawHttp.post("/articles", "application/json; charset=iso-8859-1", body, editor).status());
        assertEquals(415, RawHttp.post("/graphql", "application/json; charset=iso-8859-1",
                "{\"query\": \"{ articles { totalCount } }\"}".getBytes(StandardCharsets.UTF_8), null).status());
        assertEquals(0L, database.rowCounts().get("article"));
        assertEquals(201, RawHttp.post("/articles", "application/json; charset=UTF-8", body, editor).status());
    }

    @Test
    void anAliasIsValidatedLikeANameAndHasOneOwner() {
        GraphQL.data(INGEST, Map.of("in", article("https://example.org/alias/1", SAID)));
        GraphQL.data(INGEST, Map.of("in", article("https://example.org/alias/2", "قال رئيس الوزراء نبيل حداد: «الاتفاق يحمي مصالح البلدين».")));
        JsonPath people = GraphQL.data("{ people { edges { node { id name } } } }");
        long khatib = Long.parseLong(people.getString("people.edges.find { it.node.name == 'سامي الخطيب' }.node.id"));
        long haddad = Long.parseLong(people.getString("people.edges.find { it.node.name == 'نبيل حداد' }.node.id"));
        String addAlias = "mutation($p: ID!, $a: String!) { addAlias(person: $p, alias: $a) { id aliases } }";
        Map<String, Long> before = database.rowCounts();

        for (String alias : new String[] {"أبو\u0000يوسف", "أبو\nيوسف", "أبو\u0007يوسف"}) {
            JsonPath refused = GraphQL.post(addAlias, Map.of("p", khatib, "a", alias));
            assertEquals("BAD_USER_INPUT", refused.getString("errors[0].extensions.code"), alias);
            assertEquals("alias", refused.getString("errors[0].extensions.field"), alias);
        }
        for (String alias : new String[] {"نبيل حداد", "نبيل حدّاد"}) {
            JsonPath conflict = GraphQL.post(addAlias, Map.of("p", khatib, "a", alias));
            assertEquals("ALIAS_CONFLICT", conflict.getString("errors[0].extensions.code"), alias);
            assertEquals(null, conflict.getString("data.addAlias"));
        }
        assertEquals(before, database.rowCounts());
        GraphQL.data(addAlias, Map.of("p", khatib, "a", "أبو يوسف"));
        assertEquals(haddad, Long.parseLong(GraphQL.data("{ people(search: \"نبيل حداد\") { edges { node { id } } } }")
                .getString("people.edges[0].node.id")));
    }

    @Test
    void anInternationalisedUrlIsOneArticleInUnicodeAndInPunycode() {
        JsonPath unicode = GraphQL.data(INGEST, Map.of("in", article("https://مثال.مصر/أخبار/1", SAID)));
        assertEquals(true, unicode.getBoolean("ingestArticle.created"));
        assertEquals("https://xn--mgbh0fb.xn--wgbh1c/أخبار/1", unicode.getString("ingestArticle.article.url"));
        JsonPath punycode = GraphQL.data(INGEST, Map.of("in", article("https://xn--mgbh0fb.xn--wgbh1c/أخبار/1", SAID)));
        assertEquals(false, punycode.getBoolean("ingestArticle.created"));
        assertEquals(unicode.getString("ingestArticle.article.id"), punycode.getString("ingestArticle.article.id"));
        given().header(TestKeys.editor()).contentType(ContentType.JSON).body(article("https://مثال.مصر/أخبار/1", SAID))
                .post("/articles").then().statusCode(200);
        JsonPath bad = GraphQL.post(INGEST, Map.of("in", article("https://مثال..مصر/1", SAID)));
        assertEquals("url", bad.getString("errors[0].extensions.field"));
        given().contentType(ContentType.JSON).body(Map.of("query", "{ articles { totalCount } }")).post("/graphql").then()
                .body("data.articles.totalCount", equalTo(1)).body("errors", equalTo(null));
        assertEquals(1L, database.rowCounts().get("article"));
    }
}
