package org.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.support.NodeClients;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * The audit suite of graphql-http (the reference implementation of the GraphQL over HTTP specification) against
 * the running service: no MUST audit fails, and every SHOULD audit that warns is explained, by its id, in the README.
 */
@QuarkusTest
class GraphQLOverHttpAuditTest {
    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void passesEveryMustAuditAndExplainsEveryShouldWarningInTheReadme() throws InterruptedException, IOException {
        NodeClients.Result result = NodeClients.run(Duration.ofMinutes(2), "audit.mjs", endpoint.toString());
        List<JsonObject> audits = result.lines().stream().map(JsonObject::new).toList();
        assertTrue(audits.size() >= 60, "the audit suite ran: " + result.lines() + result.errors());

        List<String> failedMust = audits.stream().filter(audit -> audit.getString("status").equals("error"))
                .map(audit -> audit.getString("name") + ": " + audit.getString("reason")).toList();
        assertEquals(List.of(), failedMust);
        assertEquals(0, result.exitCode(), result.errors());

        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> unexplained = audits.stream().filter(audit -> audit.getString("status").equals("warn"))
                .filter(audit -> !readme.contains("`" + audit.getString("id") + "`"))
                .map(audit -> audit.getString("id") + " " + audit.getString("name")).toList();
        assertEquals(List.of(), unexplained);
    }
}
