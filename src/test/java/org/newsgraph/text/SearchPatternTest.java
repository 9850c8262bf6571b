package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsgraph.common.InvalidInputException;

class SearchPatternTest {

    /** Evaluates a LIKE pattern the way the database does, to test matching without one. */
    private static boolean like(String pattern, String text) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return text.matches(regex.toString());
    }

    @Test
    void hamzaAlefTaaMarbutaAndDiacriticsDoNotMatter() {
        String pattern = SearchPattern.of("الأميركيّة");
        assertTrue(like(pattern, ArabicNormalizer.matchKey("قالت الخارجية الاميركيه اليوم")));
    }

    @Test
    void prefixesWaAndAlDoNotMatter() {
        assertTrue(like(SearchPattern.of("والرئيس"), ArabicNormalizer.matchKey("قال رئيس الوزراء")));
        assertTrue(like(SearchPattern.of("بوتين"), ArabicNormalizer.matchKey("التقى بايدن وبوتين")));
    }

    @Test
    void wordsMustAppearInOrder() {
        String pattern = SearchPattern.of("البيت الأبيض");
        assertTrue(like(pattern, ArabicNormalizer.matchKey("أعلن البيت الأبيض")));
        assertTrue(!like(pattern, ArabicNormalizer.matchKey("الأبيض البيت")));
    }

    @Test
    void likeWildcardsTypedByTheUserMatchNothingSpecial() {
        String pattern = SearchPattern.of("100% _");
        assertTrue(!like(pattern, ArabicNormalizer.matchKey("ما قاله أي شخص")));
    }

    @Test
    void blankSearchMeansNoFilter() {
        assertNull(SearchPattern.of("  "));
        assertNull(SearchPattern.of(null));
    }

    @Test
    void searchWithoutLettersIsBadInput() {
        assertEquals("search", assertThrows(InvalidInputException.class, () -> SearchPattern.of("\u200f\u200b!!")).field());
    }

    @Test
    void overlongSearchIsBadInput() {
        assertThrows(InvalidInputException.class, () -> SearchPattern.of("ا".repeat(201)));
    }
}
