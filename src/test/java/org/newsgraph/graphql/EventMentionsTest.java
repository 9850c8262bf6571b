package org.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.support.Database;
import org.newsgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Each article's report of an event shows why it was merged with the event other outlets reported, or kept apart from
 * the nearest one: three invented reports of calls between the same two presidents, two of one call and one of a
 * call six days later. The reports of every event are read in one statement, whatever their number.
 */
@QuarkusTest
class EventMentionsTest {
    private static final String MENTIONS = "{ events(first: 10) { edges { node { startsOn mentions { mergeRule span"
            + " article { url } comparedWith { startsOn } } } } } }";

    @Inject
    Database database;

    @BeforeEach
    void threeReportsOfTwoCalls() {
        database.clear();
        GraphQL.ingest("https://example.org/calls/1", "صحيفة التجربة", "2024-03-08T09:00:00Z",
                "أجرى الرئيس فادي منصور اتصالا هاتفيا مع نظيره كريم ناصر يوم الخميس تناول العلاقات الثنائية.");
        GraphQL.ingest("https://example.org/calls/2", "وكالة المثال", "2024-03-08T12:00:00Z",
                "أجرى الرئيس كريم ناصر أمس اتصالا هاتفيا مع الرئيس فادي منصور. وبحث الرئيسان التعاون بين البلدين.");
        GraphQL.ingest("https://example.org/calls/3", "صحيفة التجربة", "2024-03-14T09:00:00Z",
                "أجرى الرئيس فادي منصور اتصالا هاتفيا مع نظيره كريم ناصر يوم الأربعاء تناول أمن الحدود.");
    }

    @Test
    void aSecondOutletsReportOfTheCallMergesAndALaterCallOfTheSamePeopleSaysWhyItStaysApart() {
        JsonPath events = GraphQL.data(MENTIONS).setRootPath("data.events.edges.node");
        assertEquals(List.of("2024-03-13", "2024-03-07"), events.getList("startsOn"));
        assertEquals(List.of("days-apart"), events.getList("mentions[0].mergeRule"));
        assertEquals(List.of("2024-03-07"), events.getList("mentions[0].comparedWith.startsOn"));
        assertEquals(List.of("no-candidate", "same-kind-date-participants"), events.getList("mentions[1].mergeRule"));
        assertEquals(List.of("https://example.org/calls/1", "https://example.org/calls/2"),
                events.getList("mentions[1].article.url"));
        assertEquals(List.of("اتصالا هاتفيا مع نظيره كريم ناصر يوم الخميس", "أمس اتصالا هاتفيا"),
                events.getList("mentions[1].span"));
    }

    @Test
    void theReportsOfEveryEventWithTheirArticlesAndComparedEventsTakeOneStatementEachLevel() {
        for (boolean bySmallRye : new boolean[] {false, true}) {
            long before = database.statements();
            GraphQL.raw(MENTIONS, Map.of(), bySmallRye);
            // the events page, their reports, the reports' articles with their outlets, the events compared with
            assertEquals(4, database.statements() - before, bySmallRye ? "SmallRye" : "the planned executor");
        }
    }
}
