package org.newsgraph.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small articles written for the tests, whose graph is known in advance: article {@code i} of a set reports phone call
 * {@code i / OUTLETS_PER_CALL} between two of the set's people, on a day of its own, and quotes both. Each call is
 * reported by {@value #OUTLETS_PER_CALL} outlets, so ingestion must merge their reports into one event, and each
 * person takes part in several calls. Sets (named by a number) share no url, person or day.
 */
public final class SyntheticArticles {
    public static final int OUTLETS_PER_CALL = 3;
    private static final List<String> GIVEN = List.of("سامر", "كريم", "نادر", "وليد", "هشام", "طارق", "ماجد", "رامي", "فادي",
            "باسل", "عادل", "منير", "جمال", "حسام", "زياد", "مازن", "رائد", "شادي", "عماد", "أيمن");
    private static final List<String> FAMILY = List.of("الهاشمي", "الكبيسي", "الدوري", "الزعبي", "العمري", "الراشد", "المهيري",
            "الكعبي", "النعيمي", "الشمري", "العنزي", "الدوسري", "القحطاني", "الغامدي", "الزهراني", "العتيبي", "المطيري", "الحربي",
            "السبيعي", "الشهري");
    public static final int MAX_PEOPLE = GIVEN.size();

    /** One article and what its ingestion must store. */
    public record Article(String url, String outlet, LocalDate day, String caller, String callee, List<String> quotes) {
        /** The fields of ArticleInput / POST /articles. */
        public Map<String, Object> input() {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("url", url);
            input.put("outlet", outlet);
            input.put("publishedAt", day.plusDays(1) + "T10:00:00Z");
            input.put("body", "أجرى الرئيس " + caller + " اتصالا هاتفيا مع الرئيس " + callee + " أمس.\n"
                    + "وقال " + caller + ": «" + quotes.get(0) + "».\n"
                    + "وقال " + callee + ": «" + quotes.get(1) + "».");
            return input;
        }
    }

    private SyntheticArticles() {
    }

    /** Articles 0 to {@code count - 1} of set {@code set}, among {@code people} people (2 to {@value #MAX_PEOPLE}). */
    public static List<Article> set(int set, int count, int people) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(article(set, i, people));
        }
        return articles;
    }

    public static Article article(int set, int i, int people) {
        int call = i / OUTLETS_PER_CALL;
        int outlet = i % OUTLETS_PER_CALL;
        // the callee is 1 to people-1 places after the caller: never the same person, and pairs vary as calls go on
        int caller = call % people;
        int callee = (caller + 1 + (call / people) % (people - 1)) % people;
        String tag = set + "-" + call + "-" + outlet;
        return new Article("https://example.org/set-" + set + "/call-" + call + "/outlet-" + outlet, "وكالة الأنباء رقم " + outlet,
                LocalDate.of(2021 + set, 1, 1).plusDays(3L * call), person(set, caller), person(set, callee),
                List.of("بحثنا سبل التعاون في الملف " + tag, "نتطلع إلى لقاء قريب بشأن الملف " + tag));
    }

    /** The name of person {@code p} of a set. */
    public static String person(int set, int p) {
        return GIVEN.get(p) + " " + FAMILY.get((p + 7 * set) % FAMILY.size());
    }

    /** Calls reported by the first {@code count} articles of a set. */
    public static int calls(int count) {
        return (count + OUTLETS_PER_CALL - 1) / OUTLETS_PER_CALL;
    }
}
