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
 * Undated mentions merge across outlets only when their articles report the same occasion: two invented reports of
 * one press conference mention "the meetings in Cairo", and a third article a month later mentions meetings in Cairo
 * too and stays apart; two reports of a briefing on the margins of "مؤتمر بغداد", the second naming the briefing
 * before the conference, give one briefing (an article's events with an edition are merged first), and the same
 * minister's briefing on another matter stays apart.
 */
@QuarkusTest
class ReportedAlongsideMergeTest {
    private static final String OUTLET = "صحيفة التجربة";
    private static final String MEETINGS = "{ events(first: 10, kind: TALKS) { edges { node { location"
            + " articles { url } mentions { mergeRule } } } } }";
    private static final String BRIEFINGS = "{ events(first: 10, kind: PRESS_BRIEFING) { edges { node {"
            + " articles { url } mentions { mergeRule } } } } }";

    @Inject
    Database database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    private static void twoReportsOfAPressConferenceAndAnotherArticle() {
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
        twoReportsOfAPressConferenceAndAnotherArticle();
        JsonPath events = GraphQL.data(MEETINGS).setRootPath("data.events.edges.node");
        assertEquals(List.of("القاهرة", "القاهرة"), events.getList("location"));
        List<Set<String>> articles = events.<List<String>>getList("articles.url").stream().map(Set::copyOf).toList();
        assertEquals(List.of(Set.of("https://example.org/borders/1"),
                Set.of("https://example.org/amman/1", "https://example.org/amman/2")), articles);
        List<Set<String>> rules = events.<List<String>>getList("mentions.mergeRule").stream().map(Set::copyOf).toList();
        assertEquals(List.of(Set.of("no-candidate"), Set.of("no-candidate", "undated-reported-alongside")), rules);
    }

    private static void twoReportsOfABriefingAtANamedConferenceAndAnotherBriefing() {
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
        twoReportsOfABriefingAtANamedConferenceAndAnotherBriefing();
        JsonPath events = GraphQL.data(BRIEFINGS).setRootPath("data.events.edges.node");
        List<Set<String>> articles = events.<List<String>>getList("articles.url").stream().map(Set::copyOf).toList();
        assertEquals(Set.of(Set.of("https://example.org/baghdad/1", "https://example.org/baghdad/2"),
                Set.of("https://example.org/water/1")), Set.copyOf(articles));
        List<Set<String>> rules = events.<List<String>>getList("mentions.mergeRule").stream().map(Set::copyOf).toList();
        assertEquals(Set.of(Set.of("no-candidate", "undated-reported-alongside"), Set.of("weak-evidence")),
                Set.copyOf(rules));
    }
}
