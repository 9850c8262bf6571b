package org.newsgraph.graph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsgraph.security.TestKeys;
import org.newsgraph.support.BenchData;
import org.newsgraph.support.Database;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class GraphImportExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path data;

    @Inject
    DataSource dataSource;
    @Inject
    Database database;

    @BeforeAll
    static void generateScaleOne() throws Exception {
        assumeTrue(BenchData.available(), "the bench generator ../shared/bench/gen.py is not here");
        BenchData.generate();
        data = BenchData.DATA;
    }

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @Test
    void importKeepsTheFileIdsAndWritesEveryRowOnce() throws Exception {
        importFile(file()).then().statusCode(200).body("articles", equalTo(100)).body("quotes", equalTo(1000));

        JsonNode rows = JSON.readTree(data.resolve("manifest.json").toFile()).get("rows");
        for (String table : List.of("outlet", "person", "event", "event_participant", "article", "quote")) {
            assertEquals(rows.get(table).asLong(), count("SELECT COUNT(*) FROM " + table), table);
        }
        assertEquals(rows.get("quote_with_event").asLong(), count("SELECT COUNT(*) FROM quote WHERE event_id IS NOT NULL"));
        assertEquals(rows.get("article").asLong(), count("SELECT COUNT(*) FROM article_text"));
        assertEquals(2 * rows.get("person").asLong(), count("SELECT COUNT(*) FROM person_alias"), "Arabic and Latin name");
    }

    @Test
    void importedEventAnswersGraphqlWithTheFileData() throws Exception {
        importFile(file()).then().statusCode(200);
        JsonNode event = null;
        List<String> quotes = new ArrayList<>();
        for (String line : Files.readAllLines(file().toPath(), StandardCharsets.UTF_8)) {
            JsonNode article = JSON.readTree(line);
            for (JsonNode e : article.get("events")) {
                if (e.get("id").asLong() == 3) {
                    event = e;
                }
            }
            for (JsonNode q : article.get("quotes")) {
                if (q.get("event_id").asLong() == 3) {
                    quotes.add(q.get("text").asText());
                }
            }
        }
        TreeSet<String> participants = new TreeSet<>();
        event.get("participants").forEach(p -> participants.add(p.get("name_ar").asText()));

        Response response = given().header(TestKeys.editor()).contentType("application/json")
                .body(Map.of("query", "{ event(id: 3) { title participants { name } quotes { text } } }"))
                .post("/graphql");
        response.then().statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
        assertEquals(event.get("title_ar").asText(), response.path("data.event.title"));
        assertEquals(participants, new TreeSet<>(response.<List<String>>path("data.event.participants.name")));
        assertEquals(new TreeSet<>(quotes), new TreeSet<>(response.<List<String>>path("data.event.quotes.text")));
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseExportsTheSameBytes() throws Exception {
        importFile(file()).then().statusCode(200);
        byte[] first = export();
        assertEquals(100, new String(first, StandardCharsets.UTF_8).lines().count());

        emptyDatabase();
        given().header(TestKeys.editor()).contentType("application/jsonl").body(first).post("/graph/import").then().statusCode(200);
        assertArrayEquals(first, export());
    }

    @Test
    void malformedLineIsRefusedNamingItAndLeavesTheDatabaseEmpty() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(file().toPath(), StandardCharsets.UTF_8).subList(0, 30));
        lines.set(24, lines.get(24).substring(0, 200)); // line 25, after the commits of lines 1-20
        importBody(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .body("message", containsString("line 25: not valid JSON"));
        assertNull(firstNonEmptyTable());
    }

    @Test
    void lineWithAWrongFieldIsRefusedNamingTheField() throws Exception {
        String line = Files.readAllLines(file().toPath(), StandardCharsets.UTF_8).get(0).replaceFirst("\"kind\":\"[a-z_]+\"", "\"kind\":\"picnic\"");
        importBody(line.getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .body("message", equalTo("line 1: events[0].kind: unknown value 'picnic'"));
        assertNull(firstNonEmptyTable());
    }

    @Test
    void importIntoANonEmptyDatabaseIsRefusedWithConflict() throws Exception {
        importFile(file()).then().statusCode(200);
        importFile(file()).then().statusCode(409).body("message", containsString("not empty"));
        assertEquals(100, count("SELECT COUNT(*) FROM article"));
    }

    @Test
    void ingestionAfterAnImportTakesNewIdsAndRecognisesImportedArticles() throws Exception {
        JsonNode first = JSON.readTree(Files.readAllLines(file().toPath(), StandardCharsets.UTF_8).get(0));
        // an ingestion before the import leaves this service holding a block of ids that the file also uses
        given().header(TestKeys.editor()).contentType("application/json").body(Map.of("url", "https://example.org/before-import",
                "outlet", "صحيفة المثال", "body", first.get("body").asText())).post("/articles").then().statusCode(201);
        emptyDatabase();
        importFile(file()).then().statusCode(200);
        Map<String, String> same = Map.of("url", first.get("url").asText(), "outlet", first.get("outlet").get("name").asText(),
                "title", first.get("title").asText(), "publishedAt", first.get("published_at").asText(),
                "language", first.get("language").asText(), "body", first.get("body").asText());
        given().header(TestKeys.editor()).contentType("application/json").body(same).post("/articles").then().statusCode(200)
                .body("articleId", equalTo(1)).body("created", equalTo(false));

        Map<String, String> fresh = new java.util.HashMap<>(same);
        fresh.put("url", "https://example.org/after-import");
        int id = given().header(TestKeys.editor()).contentType("application/json").body(fresh).post("/articles").then().statusCode(201)
                .extract().path("articleId");
        assertTrue(id > 100, "new article id " + id + " is above the imported ones");
    }

    private static File file() {
        return data.resolve("articles.jsonl").toFile();
    }

    private static Response importFile(File file) throws IOException {
        return importBody(Files.readAllBytes(file.toPath()));
    }

    private static Response importBody(byte[] body) {
        return given().header(TestKeys.editor()).contentType(GraphResource.NDJSON).body(body).post("/graph/import");
    }

    private static byte[] export() {
        return given().header(TestKeys.bearer(TestKeys.ADMIN)).get("/graph/export").then().statusCode(200).contentType(GraphResource.NDJSON).extract().asByteArray();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String firstNonEmptyTable() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return GraphTables.firstNonEmpty(c);
        }
    }
}
