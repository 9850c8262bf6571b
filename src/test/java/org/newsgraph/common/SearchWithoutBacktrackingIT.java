package org.newsgraph.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.support.Database;
import org.newsgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Searches in the database. A few one-letter words and one that is missing ("ا ا ا ا ا ا ا ا x", 17 characters) made
 * H2 backtrack through a LIKE pattern for longer than any request may run: against one quote of 500 letters, four
 * words took 25 s and eight never ended. The same searches now answer like any other, with the same matches.
 */
@QuarkusTest
class SearchWithoutBacktrackingIT {
    private static final String INGEST = "mutation($in: ArticleInput!) { ingestArticle(input: $in) { created } }";
    private static final String SEARCH = "query($s: String) { quotes(search: $s) { totalCount } people(search: $s) { totalCount } }";
    /** One word missing from the text after many that are everywhere in it. */
    static final String BACKTRACKING = "ا ا ا ا ا ا ا ا ا ا ا ا x";

    @Inject
    Database database;

    @BeforeEach
    void oneLongQuote() {
        database.clear();
        String quote = "نحن مستعدون للحوار مع جميع الأطراف وأنا أريد السلام الدائم في المنطقة ".repeat(6);
        GraphQL.data(INGEST, Map.of("in", Map.of("url", "https://example.org/search/1", "outlet", "صحيفة المثال",
                "body", "قال وزير الخارجية سامي الخطيب: «" + quote + "».")));
    }

    private static int quotesFound(String search) {
        return GraphQL.data(SEARCH, Map.of("s", search)).getInt("quotes.totalCount");
    }

    @Test
    void aSearchThatMadeTheDatabaseBacktrackAnswersWithoutAnError() {
        assertEquals(0, quotesFound(BACKTRACKING));
        assertEquals(0, GraphQL.data(SEARCH, Map.of("s", BACKTRACKING)).getInt("people.totalCount"));
        assertEquals(1, quotesFound("ا ا ا ا ا ا ا ا ا ا ا ا"));
    }

    @Test
    void wordsMatchInOrderWhateverTheirSpellingAndPrefixes() {
        assertEquals(1, quotesFound("الحوار الاطراف"));
        assertEquals(1, quotesFound("والحوار الأطراف"));
        assertEquals(0, quotesFound("الحوار x الاطراف"));
        assertEquals(1, quotesFound("المنطقة نحن"), "the text repeats: the second time, نحن follows المنطقة");
        assertEquals(0, quotesFound("الخطيب نحن"), "the speaker's name is not in the quote");
        assertEquals(0, GraphQL.data(SEARCH, Map.of("s", "الخطيب سامي")).getInt("people.totalCount"));
        assertEquals(1, GraphQL.data(SEARCH, Map.of("s", "سامي الخطيب")).getInt("people.totalCount"));
    }
}
