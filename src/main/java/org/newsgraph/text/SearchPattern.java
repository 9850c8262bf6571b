package org.newsgraph.text;

import static org.newsgraph.text.ArabicNormalizer.ARTICLE;
import static org.newsgraph.text.ArabicNormalizer.CONJUNCTION_FA;
import static org.newsgraph.text.ArabicNormalizer.CONJUNCTION_WA;
import static org.newsgraph.text.ArabicNormalizer.PREPOSITION_BI;
import static org.newsgraph.text.ArabicNormalizer.PREPOSITION_KA;
import static org.newsgraph.text.ArabicNormalizer.PREPOSITION_LI;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.common.InvalidInputException;

/**
 * Turns a user's search string into a LIKE pattern over match keys: spelling variants fold away, the و/ال prefixes
 * of each word are dropped (the pattern is a substring match, so the text side may carry any prefix), the words must
 * appear in order, and LIKE wildcards typed by the user match themselves.
 */
public final class SearchPattern {
    /** Tried in this order: و ب ف ك with the article, ل with the article's lam (its alef is dropped: للرئيس), ال, و. */
    private static final String[] PREFIXES = {CONJUNCTION_WA + ARTICLE, PREPOSITION_BI + ARTICLE, CONJUNCTION_FA + ARTICLE,
            PREPOSITION_KA + ARTICLE, PREPOSITION_LI + PREPOSITION_LI, ARTICLE, CONJUNCTION_WA};
    private static final int MAX_LENGTH = 200;

    private SearchPattern() {
    }

    /** The pattern, or null when there is nothing to search for. */
    public static String of(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String word : words(search)) {
            words.add(escape(word));
        }
        return "%" + String.join("%", words) + "%";
    }

    /**
     * The words to find, in order: the match key's words without their و/ال prefixes; empty when there is nothing to
     * search for.
     */
    public static List<String> words(String search) {
        if (search == null || search.isBlank()) {
            return List.of();
        }
        if (search.length() > MAX_LENGTH) {
            throw new InvalidInputException("search", "longer than " + MAX_LENGTH + " characters");
        }
        String key = ArabicNormalizer.matchKey(search);
        if (key.isEmpty()) {
            throw new InvalidInputException("search", "has no letters or digits");
        }
        List<String> words = new ArrayList<>();
        for (String word : key.split(" ")) {
            words.add(stripPrefix(word));
        }
        return words;
    }

    static String stripPrefix(String word) {
        for (String prefix : PREFIXES) {
            // keep at least three letters: short words are more likely to start with the letters than the prefix
            if (word.startsWith(prefix) && word.length() - prefix.length() >= 3) {
                return word.substring(prefix.length());
            }
        }
        return word;
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
