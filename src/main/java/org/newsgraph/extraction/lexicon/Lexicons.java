package org.newsgraph.extraction.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.text.ArabicNormalizer;
import org.newsgraph.text.LexiconException;

/** Helpers to build lexicons from readable Arabic word lists, folded with the same match key as the text. */
public final class Lexicons {

    private Lexicons() {
    }

    /** A set of match keys from space-separated words. */
    public static Set<String> words(String... lists) {
        Set<String> out = new HashSet<>();
        for (String list : lists) {
            for (String w : list.trim().split("\\s+")) {
                out.add(ArabicNormalizer.matchKey(w));
            }
        }
        return out;
    }

    /** A set of multi-word phrases (match keys, one space between words) from '|'-separated phrases. */
    static Set<String> phrases(String list) {
        Set<String> out = new HashSet<>();
        for (String p : list.split("\\|")) {
            out.add(ArabicNormalizer.matchKey(p));
        }
        return out;
    }

    /** Maps each '|'-separated "phrase=value" pair's phrase key to its value. */
    public static Map<String, String> pairs(String list) {
        Map<String, String> out = new HashMap<>();
        for (String p : list.split("\\|")) {
            int eq = p.indexOf('=');
            out.put(ArabicNormalizer.matchKey(p.substring(0, eq)), p.substring(eq + 1).trim());
        }
        return out;
    }

    /**
     * Loads every file-backed lexicon now, so that a missing file or a malformed line stops start-up instead of the
     * first ingest. A class that reads a lexicon file is listed here.
     */
    public static void loadAll() {
        for (Class<?> lexicon : List.of(GrammarWords.class, EventLexicon.class, Inflections.class, CueLexicon.class,
                NameLexicon.class)) {
            try {
                Class.forName(lexicon.getName(), true, lexicon.getClassLoader());
            } catch (ExceptionInInitializerError e) {
                if (e.getCause() instanceof LexiconException cause) {
                    throw cause;
                }
                throw e;
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
