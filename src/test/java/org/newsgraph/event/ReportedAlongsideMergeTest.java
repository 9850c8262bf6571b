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
 * Undated mentions that name nobody ("the meetings in Cairo") merge across outlets only when their articles report
 * the same occasion: two invented reports of one press conference mention the meetings; a third article, about
 * something else a month later, mentions meetings in Cairo too and stays apart.
 */
@QuarkusTest
class ReportedAlongsideMergeTest {
    private static final String OUTLET = "صحيفة التجربة";
    private static final String MEETINGS = "{ events(first: 10, kind: TALKS) { edges { node { location"
            + " articles { url } mentions { mergeRule } } } } }";

    @Inject
    Database database;

    @BeforeEach
    void twoReportsOfAPressConferenceAndAnotherArticle() {
        database.clear();
        GraphQL.ingest("https://example.org/amman/1", OUTLET, "2024-05-10T09:00:00Z",
                "عقد وزير الخارجية سامر حداد أمس مؤتمرا صحفيا"
                + " مشتركا مع نظيره نبيل فارس في عمان. وقال حداد إن الأردن على علم بالاجتماعات في القاهرة حول ليبيا.");
        GraphQL.ingest("https://example.org/amman/2", OUTLET, "2024-05-10T11:00:00Z",
                "وأوضح الوزير سامر حداد في مؤتمر صحفي مشترك مع"
                + " نظيره نبيل فارس أمس أن بلاده تتابع الاجتماعات في القاهرة حول ليبيا.");
        GraphQL.ingest("https://example.org/borders/1", OUTLET, "2024-06-20T09:00:00Z",
                "قال وزير الداخلية عماد سليم إن الاجتماعات في القاهرة حول الحدود مستمرة.");
    }

    @Test
    void theMeetingsTwoReportsOfOnePressConferenceMentionAreOneEventAndTheOtherArticlesStayApart() {
        JsonPath events = GraphQL.data(MEETINGS).setRootPath("data.events.edges.node");
        assertEquals(List.of("القاهرة", "القاهرة"), events.getList("location"));
        List<Set<String>> articles = events.<List<String>>getList("articles.url").stream().map(Set::copyOf).toList();
        assertEquals(List.of(Set.of("https://example.org/borders/1"),
                Set.of("https://example.org/amman/1", "https://example.org/amman/2")), articles);
        List<Set<String>> rules = events.<List<String>>getList("mentions.mergeRule").stream().map(Set::copyOf).toList();
        assertEquals(List.of(Set.of("no-candidate"), Set.of("no-candidate", "undated-reported-alongside")), rules);
    }
}
