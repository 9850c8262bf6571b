package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.support.Database;
import org.newsgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An article's events are merged with those a day or an edition identifies first: two invented reports of a press
 * conference on the margins of "مؤتمر بغداد", undated, the second naming the briefing before the conference, give one
 * conference and one briefing; a third article's briefing by the same minister on another matter stays apart.
 */
@QuarkusTest
class EditionFirstMergeTest {
    private static final String OUTLET = "صحيفة التجربة";
    private static final String BRIEFINGS = "{ events(first: 10, kind: PRESS_BRIEFING) { edges { node {"
            + " articles { url } mentions { mergeRule } } } } }";

    @Inject
    Database database;

    @BeforeEach
    void twoReportsOfABriefingAtANamedConferenceAndAnotherBriefing() {
        database.clear();
        GraphQL.ingest("https://example.org/baghdad/1", OUTLET, "2024-05-10T09:00:00Z",
                "اختتم مؤتمر بغداد للتعاون والشراكة أعماله. وقال وزير الخارجية سالم حداد في مؤتمر صحفي عقده في ختام"
                + " المؤتمر إن الحوار الإقليمي ضروري.");
        GraphQL.ingest("https://example.org/baghdad/2", OUTLET, "2024-05-10T11:00:00Z",
                "وقال وزير الخارجية سالم حداد في مؤتمر صحفي إن مؤتمر بغداد للتعاون والشراكة حدث تاريخي.");
        GraphQL.ingest("https://example.org/water/1", OUTLET, "2024-06-20T09:00:00Z",
                "وقال وزير الخارجية سالم حداد في مؤتمر صحفي إن ملف المياه يحتاج إلى حل.");
    }

    @Test
    void theBriefingAtTheConferenceBothReportNameIsOneEventAndTheOtherStaysApart() {
        JsonPath events = GraphQL.data(BRIEFINGS).setRootPath("data.events.edges.node");
        List<Set<String>> articles = events.<List<String>>getList("articles.url").stream().map(Set::copyOf).toList();
        assertEquals(Set.of(Set.of("https://example.org/baghdad/1", "https://example.org/baghdad/2"),
                Set.of("https://example.org/water/1")), Set.copyOf(articles));
        List<Set<String>> rules = events.<List<String>>getList("mentions.mergeRule").stream().map(Set::copyOf).toList();
        assertEquals(Set.of(Set.of("no-candidate", "undated-reported-alongside"), Set.of("weak-evidence")),
                Set.copyOf(rules));
    }
}
