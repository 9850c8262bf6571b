package org.newsgraph.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.newsgraph.security.TestKeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The data set of the shared bench's generator at scale 1 (100 articles, 1,000 quotes), generated once under target/
 * and imported through the graph import when the database does not hold it yet.
 */
public final class BenchData {
    public static final Path BENCH = Path.of("../shared/bench");
    public static final Path DATA = Path.of("target/bench-s1");

    private BenchData() {
    }

    public static boolean available() {
        return Files.exists(BENCH.resolve("gen.py"));
    }

    /** Runs the generator unless its output is there already. */
    public static void generate() throws IOException, InterruptedException {
        if (!Files.exists(DATA.resolve("articles.jsonl"))) {
            Process gen = new ProcessBuilder("python3", BENCH.resolve("gen.py").toString(), "--scale", "1", "--out", DATA.toString())
                    .redirectErrorStream(true).start();
            gen.getInputStream().transferTo(System.out);
            assertEquals(0, gen.waitFor(), "gen.py failed");
        }
    }

    /** Each article of the file, as JSON. */
    public static void eachArticle(Consumer<JsonNode> consumer) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader lines = Files.newBufferedReader(DATA.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                consumer.accept(json.readTree(line));
            }
        }
    }

    /** Empties the database and imports the file. */
    public static void importInto(Database database) throws IOException {
        database.clear();
        given().header(TestKeys.editor()).contentType("application/x-ndjson").body(Files.readAllBytes(DATA.resolve("articles.jsonl")))
                .post("/graph/import").then().statusCode(200);
    }

    /** A first id of the generator's shuffled id lists (event, person, article). */
    public static long firstId(String list) throws IOException {
        List<String> ids = Files.readAllLines(DATA.resolve("ids_" + list + ".txt"));
        return Long.parseLong(ids.get(0).strip());
    }

    public static String shape(String name) throws IOException {
        return Files.readString(BENCH.resolve("queries/contract/" + name + ".graphql"), StandardCharsets.UTF_8);
    }
}
