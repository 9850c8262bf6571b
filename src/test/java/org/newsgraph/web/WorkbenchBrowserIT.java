package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.newsgraph.extraction.DevCorpus;
import org.newsgraph.security.TestKeys;
import org.newsgraph.support.Database;
import org.newsgraph.support.GraphQL;
import org.newsgraph.support.NodeClients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The workbench in a real browser: headless Chromium (Debian's package, driven by playwright-core, see
 * src/test/node/workbench.mjs) against the service holding the dev corpus. Pages render right to left; the page of
 * the 30 December call shows quotes of both sides from several outlets; a click from a quote opens its article with
 * the span highlighted; search finds a name spelled another way; the CSV has the header and a row per quote; an
 * article ingested while the event page is open shows up on it; an editor signs in and merges two people through the
 * page, and the API's answer changes. Screenshots go to target/workbench-screenshots.
 */
@QuarkusTest
class WorkbenchBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target/workbench-screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Database database;

    @TestHTTPResource("/")
    URI base;

    @Test
    void aJournalistReadsSearchesExportsWatchesAndAnEditorMergesInChromium() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), "Chromium is missing at " + CHROMIUM
                + ": the browser tests need it (apt-get install -y chromium fonts-noto-core; .ci/run installs them)");
        database.clear();
        WorkbenchCorpus.ingest(database);
        long call = WorkbenchCorpus.call();
        Map<String, String> spelling = otherSpellingOfAName();
        JsonPath people = GraphQL.data("{ a: people(search: \"مسؤول كبير في البيت الأبيض\") { edges { node { id name } } }"
                + " b: people(search: \"مسؤول في البيت الأبيض\") { edges { node { id name } } } }");
        long keep = Long.parseLong(people.getString("b.edges.find { it.node.name == 'مسؤول في البيت الأبيض' }.node.id"));
        long merge = Long.parseLong(people.getString("a.edges[0].node.id"));
        Files.createDirectories(SCREENSHOTS);
        String request = JSON.writeValueAsString(Map.of("event", call, "search", spelling.get("search"), "editorKey", TestKeys.EDITOR,
                "keep", keep, "merge", merge));

        Map<String, JsonNode> checks = new HashMap<>();
        try (NodeClients.Running browser = NodeClients.start("workbench.mjs", base.toString().replaceAll("/$", ""),
                SCREENSHOTS.toAbsolutePath().toString(), request)) {
            JsonNode line;
            do {
                line = JSON.readTree(browser.nextLine(Duration.ofMinutes(3)));
                checks.put(line.get("check").asText(), line);
                if (line.get("check").asText().equals("live-ready")) {
                    DevCorpus.Item item = DevCorpus.index().get(1);
                    WorkbenchCorpus.ingest(item, item.url() + "-live", "Live Outlet");
                }
            } while (!line.get("check").asText().equals("done"));
            assertEquals(0, browser.finish(Duration.ofMinutes(1)).exitCode());
        }

        JsonNode home = checks.get("home");
        assertEquals("ar", home.get("lang").asText());
        assertEquals("rtl", home.get("direction").asText(), "the page is laid out right to left");
        assertTrue(home.get("events").asInt() > 0);
        assertTrue(texts(home.get("links")).containsAll(List.of("/q/graphql-ui", "/graphql/schema.graphql", "/q/health")));

        assertEquals(0, checks.get("home-phone").get("overflow").asInt(), "the front page fits a phone's width");
        assertEquals(0, checks.get("event-phone").get("overflow").asInt(), "the event page fits a phone's width");

        JsonNode event = checks.get("event");
        List<String> speakers = texts(event.get("speakers"));
        assertTrue(speakers.stream().anyMatch(s -> s.contains("بوتين") || s.contains("أوشاكوف") || s.contains("الكرملين")),
                "the Russian side speaks: " + speakers);
        assertTrue(speakers.stream().anyMatch(s -> s.contains("بايدن") || s.contains("البيت الأبيض")), "the US side speaks: " + speakers);
        assertTrue(event.get("outlets").size() >= 3, "quotes from several outlets: " + event.get("outlets"));
        event.get("quotesPerOutlet").forEach(count -> assertTrue(count.asInt() > 0));
        assertEquals(0, event.get("editorControls").asInt(), "a reader sees no editor controls");

        JsonNode span = checks.get("span");
        assertTrue(span.get("hash").asText().matches("#q\\d+"), span.toString());
        assertEquals(span.get("clicked").asText(), span.get("targetText").asText(), "the clicked quote is the highlighted span");
        assertEquals("rgb(255, 179, 71)", span.get("background").asText(), "the linked span stands out");

        assertTrue(texts(checks.get("search").get("people")).contains(spelling.get("name")),
                "searching " + spelling.get("search") + " finds " + spelling.get("name") + ": " + checks.get("search"));

        JsonNode csv = checks.get("csv");
        assertTrue(csv.get("bom").asBoolean(), "UTF-8 byte order mark");
        assertEquals(CsvExports.QUOTE_COLUMNS, texts(csv.get("header")));
        assertEquals(1, csv.get("widths").size(), "every row has every column");
        assertTrue(csv.get("rows").asInt() > 0);

        JsonNode live = checks.get("live");
        assertTrue(live.get("arrived").asBoolean(), "quotes ingested while the event page is open appear on it: " + live);

        JsonNode merged = checks.get("merge");
        assertEquals(0, merged.get("readerControls").asInt());
        assertEquals(1, merged.get("editorControls").asInt());
        assertTrue(merged.get("cookie").get("httpOnly").asBoolean());
        assertEquals("Strict", merged.get("cookie").get("sameSite").asText());
        JsonPath after = GraphQL.data("{ kept: person(id: " + keep + ") { aliases } gone: person(id: " + merge + ") { id } }");
        assertNull(after.get("gone"), "the merged person is gone from the API");
        assertTrue(after.getList("kept.aliases", String.class).contains("مسؤول كبير في البيت الأبيض"), after.prettify());
        assertTrue(texts(checks.get("done").get("pageErrors")).isEmpty(), "no script errors: " + checks.get("done"));
        for (String shot : List.of("home", "home-phone", "event", "event-phone", "event-print", "article", "search", "event-live", "login", "person-editor")) {
            assertTrue(Files.size(SCREENSHOTS.resolve(shot + ".png")) > 0, shot);
        }
    }

    /** A person's name written with أ or إ, and the same with a bare alef, as a reader types it. */
    private static Map<String, String> otherSpellingOfAName() {
        for (String name : GraphQL.data("{ people(first: 100) { edges { node { name } } } }").getList("people.edges.node.name", String.class)) {
            if (name.contains("أ") || name.contains("إ")) {
                return Map.of("name", name, "search", name.replace('أ', 'ا').replace('إ', 'ا'));
            }
        }
        throw new AssertionError("the dev corpus has a name with a hamza on its alef");
    }

    private static List<String> texts(JsonNode array) throws IOException {
        return JSON.readerForListOf(String.class).readValue(array);
    }
}
