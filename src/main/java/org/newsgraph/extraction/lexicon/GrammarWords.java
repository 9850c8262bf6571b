package org.newsgraph.extraction.lexicon;

import java.util.Set;

import org.newsgraph.text.LexiconFile;

/** Closed-class words that several stages read: relative pronouns and the prepositions that mark an object. */
public final class GrammarWords {

    /** Relative pronouns: a naming right after one is inside a relative clause, not the subject of the sentence. */
    public static final Set<String> RELATIVES = LexiconFile.words("relatives.txt");
    /** Prepositions before a naming that make it an object ("مع بوتين"، "ضد الحوثيين"), not a subject. */
    public static final Set<String> OBJECT_MARKERS = LexiconFile.words("object-markers.txt");

    private GrammarWords() {
    }
}
