package org.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.newsgraph.support.NodeClients;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The served SDL as clients' tools load it: graphql-js builds and validates it, the shared contract queries and the
 * README's examples validate against it, and every type, field, argument and enum value says what it is.
 */
@QuarkusTest
class ClientSchemaTest {
    private static final Path CONTRACT_QUERIES = Path.of("../shared/bench/queries/contract");
    private static JsonObject report;

    @TestHTTPResource("/graphql/schema.graphql")
    URI schema;

    @Test
    void graphqlJsLoadsTheSchemaAndTheContractAndReadmeQueriesValidateAgainstIt() throws Exception {
        assumeTrue(Files.isDirectory(CONTRACT_QUERIES), "the shared bench queries are beside the project");
        JsonObject checked = report();
        assertEquals(List.of(), checked.getJsonArray("schemaErrors").getList());
        JsonObject queries = checked.getJsonObject("queryErrors");
        assertTrue(queries.size() >= 5, "the four contract queries and the README examples were checked: " + queries);
        Map<String, Object> invalid = queries.getMap().entrySet().stream().filter(e -> !((JsonArray) queries.getValue(e.getKey())).isEmpty())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> queries.getValue(e.getKey())));
        assertEquals(Map.of(), invalid);
    }

    @Test
    void everyTypeFieldArgumentAndEnumValueHasADescription() throws Exception {
        assertEquals(List.of(), report().getJsonArray("undescribed").getList());
    }

    private JsonObject report() throws IOException, InterruptedException {
        if (report == null) {
            List<String> arguments = new ArrayList<>(List.of(schema.toString(), Path.of("README.md").toAbsolutePath().toString()));
            if (Files.isDirectory(CONTRACT_QUERIES)) {
                try (Stream<Path> files = Files.list(CONTRACT_QUERIES)) {
                    files.filter(file -> file.toString().endsWith(".graphql")).sorted()
                            .forEach(file -> arguments.add(file.toAbsolutePath().toString()));
                }
            }
            NodeClients.Result result = NodeClients.run(Duration.ofMinutes(1), "schema.mjs", arguments.toArray(String[]::new));
            assertEquals(0, result.exitCode(), result.errors());
            report = new JsonObject(String.join("\n", result.lines()));
        }
        return report;
    }
}
