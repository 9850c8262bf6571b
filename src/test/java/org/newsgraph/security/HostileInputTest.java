package org.newsgraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.newsgraph.security.HostileRequests.HostileRequest;
import org.newsgraph.support.Database;
import org.newsgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Hundreds of broken and hostile requests: none may fail the server (no 5xx, no dropped connection, no GraphQL error carrying an errorId),
 * none may change the data, and afterwards the service still answers an ordinary query as before.
 */
@QuarkusTest
class HostileInputTest {
    private static final String INGEST = "mutation($in: ArticleInput!) { ingestArticle(input: $in) { created } }";
    private static final String ORDINARY = """
            { articles(first: 10) { totalCount edges { node { url title publishedAt outlet { name } quotes { text speaker { name } } } } }
              quotes(search: "الحوار") { totalCount } }""";

    @Inject
    Database database;
    @Inject
    DatabaseFingerprint fingerprint;

    static Map<String, Object> article(String url, String body) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("url", url);
        input.put("outlet", "صحيفة المثال");
        input.put("title", "الخطيب يدعو إلى الحوار");
        input.put("publishedAt", "2024-03-05T10:00:00Z");
        input.put("body", body);
        return input;
    }

    @Test
    void hostileRequestsNeverFailTheServerAndChangeNothing() {
        database.clear();
        Map<String, Object> stored = article("https://example.org/kept/1", "قال وزير الخارجية سامي الخطيب: «نحن مستعدون للحوار مع جميع الأطراف».");
        GraphQL.data(INGEST, Map.of("in", stored));
        GraphQL.data(INGEST, Map.of("in", article("https://example.org/kept/2", "قال رئيس الوزراء نبيل حداد: «الاتفاق يحمي مصالح البلدين».")));
        Map<String, Long> countsBefore = database.rowCounts();
        String fingerprintBefore = fingerprint.of();
        String answerBefore = GraphQL.data(ORDINARY).prettify();

        List<HostileRequest> requests = HostileRequests.all(stored);
        List<String> serverErrors = new ArrayList<>();
        for (HostileRequest request : requests) {
            RawHttp.Reply reply = RawHttp.send(request.method(), request.path(), request.contentType(), request.body(), request.authorization());
            if (reply.status() >= 500 || reply.status() == 0 || reply.body().contains("\"errorId\":\"")) {
                serverErrors.add(reply.status() + " " + request.label() + " -> " + reply.body().substring(0, Math.min(300, reply.body().length())));
            }
        }
        Map<String, Long> countsAfter = database.rowCounts();
        long rowsChanged = countsBefore.keySet().stream().mapToLong(t -> Math.abs(countsAfter.get(t) - countsBefore.get(t))).sum();
        System.out.printf("HostileInputTest: %d requests tried, %d failures (5xx, no answer or errorId), %d rows changed, data %s%n",
                requests.size(), serverErrors.size(), rowsChanged, fingerprintBefore.equals(fingerprint.of()) ? "identical" : "CHANGED");

        assertTrue(requests.size() >= 300, "only " + requests.size() + " requests");
        assertEquals(List.of(), serverErrors);
        assertEquals(countsBefore, countsAfter);
        assertEquals(fingerprintBefore, fingerprint.of());
        assertEquals(answerBefore, GraphQL.data(ORDINARY).prettify());
    }
}
