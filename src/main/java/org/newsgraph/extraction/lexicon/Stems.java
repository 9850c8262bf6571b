package org.newsgraph.extraction.lexicon;

import java.util.List;
import java.util.Set;

/** The stems of a word list ("جهت" of جهته، جهتها): a word starting with one of them is of the list. */
public final class Stems {

    private final List<String> stems;

    public Stems(Set<String> stems) {
        this.stems = List.copyOf(stems);
    }

    /** Whether the key starts with one of the stems. */
    public boolean start(String key) {
        for (String stem : stems) {
            if (key.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }
}
