package org.newsgraph.extraction.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extraction.tokens.Token;

/** The two-word phrases of a word list ("في حين"، "كل من"), found at a token without building a string per token. */
final class WordPairs {

    private final Map<String, Set<String>> seconds = new HashMap<>();

    /** The entries of two words of a word list; single words and longer phrases are left to the list itself. */
    WordPairs(Set<String> entries) {
        for (String e : entries) {
            int space = e.indexOf(' ');
            if (space > 0 && e.indexOf(' ', space + 1) < 0) {
                seconds.computeIfAbsent(e.substring(0, space), k -> new HashSet<>()).add(e.substring(space + 1));
            }
        }
    }

    /** Whether the tokens at {@code i} and {@code i + 1}, before {@code to}, are one of the phrases. */
    boolean at(List<Token> tokens, int i, int to) {
        Set<String> second = seconds.get(tokens.get(i).key());
        return second != null && i + 1 < to && second.contains(tokens.get(i + 1).key());
    }
}
