package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.newsgraph.extraction.DevCorpus;
import org.newsgraph.support.Database;
import org.newsgraph.support.GraphQL;

/** The dev corpus (read from ../shared at test time) in the test database, ingested through the API as clients do. */
final class WorkbenchCorpus {
    private static final String INGEST = "mutation($in: ArticleInput!) { ingestArticle(input: $in) { created } }";
    private static final String CALL = "{ events(from: \"2021-12-30\", to: \"2021-12-30\", kind: PHONE_CALL) { edges { node { id } } } }";

    private WorkbenchCorpus() {
    }

    /** Empties the database and ingests the three articles, unless exactly they are there already. */
    static void ingest(Database database) {
        assertTrue(DevCorpus.available(), "the dev corpus must be beside the project: " + DevCorpus.DIR.toAbsolutePath());
        if (database.rowCounts().get("article") == DevCorpus.index().size()) {
            return;
        }
        database.clear();
        DevCorpus.index().forEach(item -> ingest(item, item.url(), item.outlet()));
    }

    /** Ingests a corpus article under another url and outlet: a second report of the same events. */
    static void ingest(DevCorpus.Item item, String url, String outlet) {
        GraphQL.data(INGEST, Map.of("in", Map.of("url", url, "outlet", outlet, "publishedAt", item.publishedAt(), "language", "ar",
                "body", item.body())));
    }

    /** The id of the Biden–Putin phone call of 30 December 2021, which all three articles report. */
    static long call() {
        return Long.parseLong(GraphQL.data(CALL).getString("events.edges[0].node.id"));
    }
}
