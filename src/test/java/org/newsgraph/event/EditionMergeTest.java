package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.support.Database;
import org.newsgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A gathering that names its edition is one real event: two invented articles without a publication date report the
 * 28th Arab summit, one as "القمة العربية الـ 28" in its headline and "القمة" in its body, the other as "القمة العربية
 * الثامنة والعشرين", with nobody and no place in common; they become one summit. A third recalls the 27th summit and
 * stays apart.
 */
@QuarkusTest
class EditionMergeTest {
    private static final String OUTLET = "صحيفة التجربة";
    private static final String SUMMITS = "{ events(first: 10, kind: SUMMIT) { edges { node { articles { url }"
            + " mentions { mergeRule } } } } }";
    private static final String INGEST = "mutation($in: ArticleInput!) { ingestArticle(input: $in) { created } }";

    @Inject
    Database database;

    private static void ingestUndated(String url, String body) {
        GraphQL.data(INGEST, Map.of("in", Map.of("url", url, "outlet", OUTLET, "body", body)));
    }

    @BeforeEach
    void twoReportsOfTheTwentyEighthSummitAndOneOfTheTwentySeventh() {
        database.clear();
        ingestUndated("https://example.org/summit/1", "اختتام القمة العربية الـ 28 بالأردن\n\n"
                + "واختتمت القمة أعمالها بعد جلسة مغلقة، وقال الوزير سالم حداد إن القادة اتفقوا على دعم الحل السياسي.");
        ingestUndated("https://example.org/summit/2", "قادة العرب يدعون إلى الحل السياسي\n\n"
                + "وأكدت الوزيرة هدى نصر أن القمة العربية الثامنة والعشرين خرجت بقرارات مهمة لدعم الحل السياسي.");
        ingestUndated("https://example.org/summit/3", "وزيرة تنتقد تأخر تنفيذ القرارات\n\n"
                + "وقالت الوزيرة هدى نصر إن القمة العربية الـ27 خرجت بقرارات لم تنفذ.");
    }

    @Test
    void twoReportsOfAConferenceNamedAfterItsCityAreOneEvent() {
        ingestUndated("https://example.org/conference/1", "وزير يشيد بنتائج المؤتمر\n\n"
                + "وقال الوزير سالم حداد إن مؤتمر بغداد للتعاون والشراكة حدث مهم للمنطقة.");
        ingestUndated("https://example.org/conference/2", "اختتام أعمال المؤتمر\n\n"
                + "واختتم مؤتمر بغداد أعماله، وأكدت الوزيرة هدى نصر أن المؤتمر خرج بتوصيات عملية.");
        JsonPath events = GraphQL.data("{ events(first: 10, kind: CONFERENCE) { edges { node { articles { url } } } } }")
                .setRootPath("data.events.edges.node");
        assertEquals(List.of(Set.of("https://example.org/conference/1", "https://example.org/conference/2")),
                events.<List<String>>getList("articles.url").stream().map(Set::copyOf).toList());
    }

    @Test
    void bothReportsOfTheTwentyEighthSummitAreOneEventAndTheTwentySeventhStaysApart() {
        JsonPath events = GraphQL.data(SUMMITS).setRootPath("data.events.edges.node");
        Set<Set<String>> articles = Set.copyOf(events.<List<String>>getList("articles.url").stream().map(Set::copyOf).toList());
        assertEquals(Set.of(Set.of("https://example.org/summit/1", "https://example.org/summit/2"),
                Set.of("https://example.org/summit/3")), articles);
        Set<Set<String>> rules = Set.copyOf(events.<List<String>>getList("mentions.mergeRule").stream().map(Set::copyOf).toList());
        assertEquals(Set.of(Set.of("no-candidate", "same-edition"), Set.of("editions-differ")), rules);
    }
}
