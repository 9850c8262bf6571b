package org.newsgraph.text;

import java.util.List;

/**
 * The search condition on a match-key column (see {@link SearchPattern}): the words in order, each anywhere after the
 * one before. H2 matches a LIKE pattern with several '%' by backtracking, which for some short searches takes longer
 * than any request may (its time grows with the text's length to the power of the words); it is given a chain of
 * LOCATEs instead, each word searched from where the one before ended, which finds the same rows in time linear in
 * the text for each word. PostgreSQL's LIKE gives up on a position once the rest of the pattern cannot match from
 * it, so it keeps the pattern.
 */
public final class TextSearch {

    private TextSearch() {
    }

    /**
     * The condition that {@code column} contains the words of {@code search}, its values added to
     * {@code parameters}; null when there is nothing to search for.
     */
    public static String condition(String column, String search, boolean postgres, List<Object> parameters) {
        List<String> words = SearchPattern.words(search);
        if (words.isEmpty()) {
            return null;
        }
        if (postgres) {
            parameters.add(SearchPattern.of(search));
            return column + " like ? escape '\\'";
        }
        // LOCATE(word, column, start) is 0 when the word is missing: NULLIF makes the next start null, and so the end.
        // Written inside out, the words come first in the text (last word outermost), then the lengths (first innermost)
        StringBuilder found = new StringBuilder("locate(?, ").append(column).append(')');
        for (int i = 1; i < words.size(); i++) {
            found.insert(0, "locate(?, " + column + ", nullif(").append(", 0) + ?)");
        }
        for (int i = words.size() - 1; i >= 0; i--) {
            parameters.add(words.get(i));
        }
        for (int i = 0; i < words.size() - 1; i++) {
            parameters.add(words.get(i).length());
        }
        return found.append(" > 0").toString();
    }
}
