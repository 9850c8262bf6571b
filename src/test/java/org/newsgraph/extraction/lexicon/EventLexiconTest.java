package org.newsgraph.extraction.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The event stage's word lists as read from their files. */
class EventLexiconTest {

    @Test
    void placesAreFoldedLikeTheTextAndKeepTheirSpelling() {
        assertEquals("إسطنبول", EventLexicon.PLACES.get("اسطنبول"));
        assertEquals("الأهواز", EventLexicon.PLACES.get("الاحواز"));
        assertEquals("باريس", EventLexicon.PLACES.get("قصر الاليزيه"));
    }
}
